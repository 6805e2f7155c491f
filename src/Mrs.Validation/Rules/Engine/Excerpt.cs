namespace Mrs.Validation.Rules;

/// <summary>Document text quoted in a finding.</summary>
public static class Excerpt
{
    /// <summary>A short excerpt: white space folded, at most <paramref name="max"/> characters.</summary>
    public static string Of(string text, int max = 40)
    {
        var folded = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return folded.Length <= max ? folded : folded[..(max - 1)] + "…";
    }
}
