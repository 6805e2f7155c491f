using Mrs.Model;

namespace Mrs.Serialization;

/// <summary>
/// The file names of one enum's values: camelCase, except degrees of correspondence, which are written as IDT, MOD, NEQ.
/// The table is made once per enum, without reflection over members (safe for native AOT).
/// </summary>
public static class ModelEnumNames<T> where T : struct, Enum
{
    private static readonly Dictionary<T, string> Names = Build();
    private static readonly Dictionary<string, T> Values = Names.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    /// <summary>The name of a value as written in model files.</summary>
    public static string NameOf(T value) => Names[value];

    /// <summary>The value a name in a model file stands for.</summary>
    public static bool TryParse(string name, out T value) => Values.TryGetValue(name, out value);

    /// <summary>Every name, in the enum's order.</summary>
    public static IEnumerable<string> All => Names.Values;

    private static Dictionary<T, string> Build()
    {
        var values = Enum.GetValues<T>();
        var names = Enum.GetNames<T>();
        var result = new Dictionary<T, string>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            var name = names[i];
            result[values[i]] = typeof(T) == typeof(AdoptionDegree) ? name.ToUpperInvariant() : char.ToLowerInvariant(name[0]) + name[1..];
        }
        return result;
    }
}
