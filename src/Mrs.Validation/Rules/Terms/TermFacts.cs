namespace Mrs.Validation.Rules.Terms;

/// <summary>How term rules name an entry.</summary>
internal static class TermFacts
{
    public static string Preferred(TermNode term) =>
        term.Entry.Preferred.FirstOrDefault(d => !string.IsNullOrWhiteSpace(d.Text)) is { } d ? InlineText.ToPlain(d.Text, true).Trim()
            : term.Entry.Id;
}
