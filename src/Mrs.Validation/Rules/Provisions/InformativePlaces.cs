using Mrs.Validation.Rules.Terms;

namespace Mrs.Validation.Rules.Provisions;

/// <summary>Shared by the rules that keep provisions out of informative places.</summary>
internal static class InformativePlaces
{
    /// <summary>Text that never expresses provisions of the document: titles, reference entries, code, formulas, the cover.</summary>
    public const TextContext NotProse = TextContext.Heading | TextContext.Caption | TextContext.Metadata | TextContext.ReferenceEntry
        | TextContext.TermSource | TextContext.Code | TextContext.Raw | TextContext.Formula | TextContext.Designation;

    public static void Check(RuleContext context, TextContext place, TextContext except, RuleMessage message)
    {
        foreach (var text in context.Index.Texts)
        {
            if ((text.Context & place) == 0 || (text.Context & (NotProse | except)) != 0)
            {
                continue;
            }
            if (context.FirstNormativeProvision(text, primaryOnly: context.Family == RuleFamily.Generic) is { } p)
            {
                context.Report(text, message, p.Form ?? "", ProvisionNames.Of(p.Kind), Labels.Of(text.Label));
            }
        }
    }
}
