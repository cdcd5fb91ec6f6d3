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
    private readonly bool _readOnly;

    private ResultsStore(string path, SqliteConnection connection, bool readOnly)
    {
        Path = path;
        _connection = connection;
        _readOnly = readOnly;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens (creating if needed) the store at <paramref name="path"/> for writing. A damaged file, a full disk or a
    /// store that cannot be opened is one <see cref="ResultsStoreException"/>, and the file is left as it was.
    /// </summary>
    public static ResultsStore Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string? directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        return Connect(path, SqliteOpenMode.ReadWriteCreate, connection =>
        {
            // Checked before anything is written, so that a damaged file is reported, not changed.
            Check(connection);
            Execute(connection, "PRAGMA journal_mode=WAL;");
            Execute(connection, "PRAGMA synchronous=NORMAL;");
            // Fold the write-ahead log back into the file every 32 pages (≈ 128 kB, a dozen jobs) and keep the log file
            // at most 256 kB, so that on a nearly full disk the log never grows to several times the store (SQLite's
            // default is 1 000 pages, ≈ 4 MB).
            Execute(connection, "PRAGMA wal_autocheckpoint=32;");
            Execute(connection, "PRAGMA journal_size_limit=262144;");
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
        });
    }

    /// <summary>
    /// Opens an existing store to read it: nothing is created and no job is written; a file without a jobs table reads
    /// as empty. (The connection may write, so that closing it folds SQLite's -wal and -shm files back into the store
    /// instead of leaving them beside it, as a read-only connection would.)
    /// </summary>
    public static ResultsStore OpenReadOnly(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ResultsStoreException($"results store {path}: it does not exist");
        }

        return Connect(path, SqliteOpenMode.ReadWrite, Check);
    }

    /// <summary>Every job of the store at <paramref name="path"/>, read without writing to it.</summary>
    public static IReadOnlyList<StoredJob> ReadAll(string path)
    {
        using var store = OpenReadOnly(path);
        return store.Load();
    }

    private static ResultsStore Connect(string path, SqliteOpenMode mode, Action<SqliteConnection> prepare)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA busy_timeout=10000;");
            prepare(connection);
            return new ResultsStore(path, connection, mode != SqliteOpenMode.ReadWriteCreate);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw ResultsStoreException.From(e, path, "opening it");
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>SQLite's quick integrity check: a truncated or overwritten file fails here, before any job runs.</summary>
    private static void Check(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check(1);";
        string verdict = command.ExecuteScalar() as string ?? "no answer";
        if (verdict != "ok")
        {
            throw new SqliteException($"quick_check: {verdict}", SqliteCodes.Corrupt);
        }
    }

    /// <summary>Writes one finished job (replacing a row with the same key) in its own transaction.</summary>
    public void Put(StoredJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        PutAll([job], "storing a finished job");
    }

    /// <summary>
    /// Writes <paramref name="jobs"/> in one transaction, keeping rows whose key is already stored when
    /// <paramref name="keepExisting"/> (a merge), replacing them otherwise; all or none are written.
    /// </summary>
    private int PutAll(IEnumerable<StoredJob> jobs, string doing, bool keepExisting = false)
    {
        lock (_gate)
        {
            try
            {
                using var transaction = _connection.BeginTransaction();
                int written = 0;
                foreach (var job in jobs)
                {
                    written += Insert(job, transaction, keepExisting);
                }

                transaction.Commit();
                return written;
            }
            catch (SqliteException e)
            {
                throw ResultsStoreException.From(e, Path, doing);
            }
        }
    }

    private int Insert(StoredJob job, SqliteTransaction transaction, bool keepExisting)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT OR {(keepExisting ? "IGNORE" : "REPLACE")} INTO jobs ({Columns}) VALUES ($key, $experiment, $version, $job, $record, $wall, $code, $finished, $shard, $host)";
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
        return command.ExecuteNonQuery();
    }

    /// <summary>Every stored job (of <paramref name="experiment"/> when given), in the order they were written.</summary>
    public IReadOnlyList<StoredJob> Load(string? experiment = null)
    {
        lock (_gate)
        {
            try
            {
                return LoadLocked(experiment);
            }
            catch (SqliteException e) when ((e.SqliteErrorCode & 0xFF) == 1 && e.Message.Contains("no such table", StringComparison.Ordinal))
            {
                return []; // a store whose creation was cut short (read-only opens do not create the table)
            }
            catch (SqliteException e)
            {
                throw ResultsStoreException.From(e, Path, "reading it");
            }
        }
    }

    private List<StoredJob> LoadLocked(string? experiment)
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

        return Merge(ReadAll(otherPath));
    }

    /// <summary>
    /// Adds the jobs of <paramref name="jobs"/> whose key this store lacks, in one transaction (all or none); returns
    /// how many were added. Rows with a key already here are left as they are.
    /// </summary>
    public int Merge(IEnumerable<StoredJob> jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        return PutAll(jobs, "merging shard stores into it", keepExisting: true);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            // Fold the WAL into the main file so that a copied or archived store is one self-contained file. Best effort:
            // on a full disk or a read-only store the log stays beside it and SQLite replays it at the next open.
            try
            {
                if (!_readOnly)
                {
                    Execute(_connection, "PRAGMA wal_checkpoint(TRUNCATE);");
                }
            }
            catch (SqliteException)
            {
                // Nothing is lost: every committed job is in the log.
            }

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
