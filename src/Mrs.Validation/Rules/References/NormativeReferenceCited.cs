namespace Mrs.Validation.Rules.References;

public sealed class NormativeReferenceCited : Rule
{
    private static readonly RuleMessage Uncited = new(
        "{0} is listed in the normative references but never cited in the text; list only documents the text cites normatively.",
        "{0}列于规范性引用文件中，但文中没有引用；规范性引用文件只列出文中规范性引用的文件。");

    public override RuleMetadata Metadata { get; } = new("REF-003", "NormativeReferenceCited", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "Every document in the normative references is cited in the text.",
        SummaryZh: "规范性引用文件中列出的每个文件都应在文中被引用。",
        Messages: [Uncited], Gbt: new("8.6"), Iso: new("Clause 15"));

    public override void Check(RuleContext context)
    {
        var index = context.Index;
        if (index.NormativeReferences.Count == 0)
        {
            return;
        }
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var use in index.IdentifierUses)
        {
            if (ReferenceUse.IsTextCitation(use.Text))
            {
                cited.Add(use.Identifier.Key);
            }
        }
        foreach (var r in index.NormativeReferences)
        {
            var byLink = index.CitationsOf(r.Entry.Id).Any(ReferenceUse.IsTextCitation);
            var byId = r.Identifier is { } id && cited.Contains(id.Key);
            if (!byLink && !byId)
            {
                context.Report(r, Uncited, ReferenceUse.Name(r));
            }
        }
    }
}

/// <summary>Which texts count as citing a document, and how messages name an entry.</summary>
public static class ReferenceUse
{
    /// <summary>Body and annex text, outside the reference lists, the foreword and the introduction.</summary>
    public static bool IsTextCitation(TextNode t) =>
        t.Is(TextContext.Body | TextContext.Annex)
            && !t.Is(TextContext.NormativeReferences | TextContext.Bibliography | TextContext.ReferenceEntry | TextContext.Heading);

    public static string Name(ReferenceNode r)
    {
        if ((r.Entry.Identifier ?? r.Identifier?.Text) is { Length: > 0 } id)
        {
            return id;
        }
        var text = InlineText.ToPlain(r.Entry.Text, true).Trim();
        if (r.Entry.Label is { Length: > 0 } label && text.StartsWith(label, StringComparison.Ordinal))
        {
            text = text[label.Length..].Trim();
        }
        return Excerpt.Of(text, 30);
    }
}
