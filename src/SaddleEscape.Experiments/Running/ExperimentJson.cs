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
    /// The JSON text of <paramref name="value"/>: as its runtime type, except that a declared type marked
    /// <see cref="JsonPolymorphicAttribute"/> (a job or record hierarchy) is written as itself, so that the type
    /// discriminator is in the text and <see cref="Deserialize{T}"/> reads the derived type back.
    /// </summary>
    public static string Serialize<T>(T value) where T : notnull =>
        JsonSerializer.Serialize(value, typeof(T).IsDefined(typeof(JsonPolymorphicAttribute), inherit: false) ? typeof(T) : value.GetType(), Options);

    /// <summary>Reads a <typeparamref name="T"/>; throws <see cref="JsonException"/> when the text does not fit it.</summary>
    public static T Deserialize<T>(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"null where a {typeof(T).Name} was stored");
        }
        catch (NotSupportedException e) when (typeof(T).IsDefined(typeof(JsonPolymorphicAttribute), inherit: false))
        {
            // A hierarchy's text without (or with an unknown) discriminator, e.g. a job stored by an older version of its
            // experiment: it does not fit, like any other text of the wrong shape.
            throw new JsonException($"the stored text is not a {typeof(T).Name} of this version: {e.Message}", e);
        }
    }
}
