namespace Mrs.Model;

/// <summary>
/// Walks a model: every object in it (the document, the metadata and its titles, sections, clauses, annexes, the
/// bibliography, reference and term entries, designations, term sources, footnotes, every block, list items, table rows
/// and cells, images, definition items, assets) with its JSON pointer and its ancestors, in document order: a node
/// before what it holds, the parts of an object in the order the serialized model writes them. Read-only; what the
/// walk does not reach is text and scalar values, which belong to the nodes.
/// <code>
/// foreach (var node in ModelWalker.Walk(document))
/// {
///     if (node.Value is Table table) Console.WriteLine($"{node.Pointer} in {node.Ancestor&lt;Clause&gt;()?.Number}");
/// }
/// var figures = document.Descendants&lt;Figure&gt;();
/// </code>
/// </summary>
public static class ModelWalker
{
    /// <summary>Every node of the document in document order, the document first (pointer "").</summary>
    public static IEnumerable<ModelNode> Walk(StandardDocument document) => Walk(new ModelNode(document, ""));

    /// <summary>
    /// Every node of a part of a model (a clause, a block …), itself first, with pointers that start from <paramref name="pointer"/>.
    /// </summary>
    public static IEnumerable<ModelNode> Walk(object root, string pointer = "") => Walk(new ModelNode(root, pointer));

    /// <summary>Every object of type <typeparamref name="T"/> in the document, in document order.</summary>
    public static IEnumerable<T> Descendants<T>(this StandardDocument document) where T : class =>
        Walk(document).Select(n => n.Value).OfType<T>();

    internal static IEnumerable<ModelNode> Walk(ModelNode start)
    {
        var stack = new Stack<ModelNode>();
        var children = new List<ModelNode>();
        stack.Push(start);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            children.Clear();
            AddChildren(node, children);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
    }

    internal static IReadOnlyList<ModelNode> ChildrenOf(ModelNode node)
    {
        var children = new List<ModelNode>();
        AddChildren(node, children);
        return children;
    }

    private static void AddChildren(ModelNode node, List<ModelNode> children)
    {
        foreach (var part in ModelShape.PartsOf(node.Value))
        {
            if (!part.IsList)
            {
                if (part.Value(node.Value) is { } value)
                {
                    children.Add(new ModelNode(value, node, part.Name, -1, null));
                }
                continue;
            }
            var items = part.Items(node.Value);
            for (var i = 0; i < items.Count; i++)
            {
                children.Add(new ModelNode(items[i], node, part.Name, i, items));
            }
        }
    }
}
