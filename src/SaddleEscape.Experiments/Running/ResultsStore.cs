using Microsoft.Data.Sqlite;

namespace SaddleEscape.Experiments.Running;

/// <summary>
/// The results store: an embedded SQLite file (WAL journal) with one row per finished job — key, settings, typed
/// record, wall time and code version — written in its own transaction the moment the job ends, so a run killed at
/// any point keeps every job it finished. Thread-safe; one writer per file (shards write files of their own, merged
/// by <see cref="MergeFrom"/>).
/// </summary>
public sealed class ResultsStore : IDisposable
{
    private const string Columns = "key, experiment, experiment_version, job, record, wall_seconds, code_version, finished_utc, shard, host";
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    private ResultsStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/>.</summary>
    public static ResultsStore Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string? directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        Execute(connection, "PRAGMA synchronous=NORMAL;");
        Execute(connection, "PRAGMA busy_timeout=10000;");
        Execute(connection, $"""
            CREATE TABLE IF NOT EXISTS jobs (
                key TEXT PRIMARY KEY,
                experiment TEXT NOT NULL,
                experiment_version INTEGER NOT NULL,
                job TEXT NOT NULL,
                record TEXT NOT NULL,
                wall_seconds REAL NOT NULL,
                code_version TEXT NOT NULL,
                finished_utc TEXT NOT NULL,
                shard TEXT NOT NULL,
                host TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS jobs_experiment ON jobs (experiment);
            """);
        return new ResultsStore(path, connection);
    }

    /// <summary>Writes one finished job (replacing a row with the same key) in its own transaction.</summary>
    public void Put(StoredJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT OR REPLACE INTO jobs ({Columns}) VALUES ($key, $experiment, $version, $job, $record, $wall, $code, $finished, $shard, $host)";
            command.Parameters.AddWithValue("$key", job.Key);
            command.Parameters.AddWithValue("$experiment", job.Experiment);
            command.Parameters.AddWithValue("$version", job.ExperimentVersion);
            command.Parameters.AddWithValue("$job", job.Job);
            command.Parameters.AddWithValue("$record", job.Record);
            command.Parameters.AddWithValue("$wall", job.WallSeconds);
            command.Parameters.AddWithValue("$code", job.CodeVersion);
            command.Parameters.AddWithValue("$finished", job.FinishedUtc);
            command.Parameters.AddWithValue("$shard", job.Shard);
            command.Parameters.AddWithValue("$host", job.Host);
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    /// <summary>Every stored job (of <paramref name="experiment"/> when given), in the order they were written.</summary>
    public IReadOnlyList<StoredJob> Load(string? experiment = null)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM jobs" + (experiment is null ? "" : " WHERE experiment = $experiment") + " ORDER BY rowid";
            if (experiment is not null)
            {
                command.Parameters.AddWithValue("$experiment", experiment);
            }

            using var reader = command.ExecuteReader();
            var jobs = new List<StoredJob>();
            while (reader.Read())
            {
                jobs.Add(new StoredJob(
                    reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4),
                    reader.GetDouble(5), reader.GetString(6), reader.GetString(7), reader.GetString(8), reader.GetString(9)));
            }

            return jobs;
        }
    }

    /// <summary>The stored jobs by key.</summary>
    public IReadOnlyDictionary<string, StoredJob> ByKey(string? experiment = null) =>
        Load(experiment).ToDictionary(j => j.Key, StringComparer.Ordinal);

    /// <summary>
    /// Copies every job of the store at <paramref name="otherPath"/> that this one lacks; returns how many were added.
    /// Rows with a key already here are left as they are (the same key means the same job).
    /// </summary>
    public int MergeFrom(string otherPath)
    {
        ArgumentNullException.ThrowIfNull(otherPath);
        if (!File.Exists(otherPath))
        {
            throw new FileNotFoundException($"results store '{otherPath}' does not exist", otherPath);
        }

        using var other = Open(otherPath);
        int added = 0;
        var here = ByKey();
        foreach (var job in other.Load())
        {
            if (!here.ContainsKey(job.Key))
            {
                Put(job);
                added++;
            }
        }

        return added;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            // Fold the WAL into the main file so that a copied or archived store is one self-contained file.
            Execute(_connection, "PRAGMA wal_checkpoint(TRUNCATE);");
            _connection.Dispose();
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
