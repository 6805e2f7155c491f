namespace Mrs.Validation.Rules.Blocks;

/// <summary>Whether a table or figure is cited: a link to its id, or "表3" / "Table 3" outside its own caption.</summary>
internal static class BlockCitations
{
    public static HashSet<string> PlainKeys(DocumentIndex index, CitationKind kind) =>
        index.PlainCitations.Where(c => c.Kind == kind && !c.External).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);

    public static bool IsCited(DocumentIndex index, BlockNode node, string? number, HashSet<string> plainKeys)
    {
        if (number is { Length: > 0 } n && plainKeys.Contains(n.Trim()))
        {
            return true;
        }
        var inside = node.Pointer + "/";
        return index.CitationsOf(node.Block.Id).Any(t => !t.Pointer.StartsWith(inside, StringComparison.Ordinal));
    }
}
