using System.Text.Json;
using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.Running;

/// <summary>
/// The one JSON form of jobs and records (store, exports, job keys): snake_case names, enums as strings, NaN and ±∞
/// as named literals, declaration order — so the same job always serialises to the same bytes and its key is stable.
/// </summary>
public static class ExperimentJson
{
    /// <summary>The serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        WriteIndented = false,
    };

    /// <summary>
    /// The JSON text of <paramref name="value"/> as a <typeparamref name="T"/> (for a sealed type, its runtime type): a job
    /// or record type that is a <c>[JsonPolymorphic]</c> hierarchy writes its type discriminator, which
    /// <see cref="Deserialize{T}"/> reads back to the same derived type.
    /// </summary>
    public static string Serialize<T>(T value) where T : notnull => JsonSerializer.Serialize(value, typeof(T), Options);

    /// <summary>Reads a <typeparamref name="T"/>; throws <see cref="JsonException"/> when the text does not fit it.</summary>
    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"null where a {typeof(T).Name} was stored");
}
