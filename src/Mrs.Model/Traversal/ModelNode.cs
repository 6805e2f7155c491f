namespace Mrs.Model;

/// <summary>
/// A model object met on a walk (<see cref="ModelWalker"/>), with where it stands: its parent, the part of the parent it
/// is in and its index there, which make its JSON pointer into the serialized model.
/// </summary>
public sealed class ModelNode
{
    private string? pointer;

    internal ModelNode(object value, string pointer)
    {
        Value = value;
        this.pointer = pointer;
        Index = -1;
    }

    internal ModelNode(object value, ModelNode parent, string name, int index, IReadOnlyList<object>? siblings)
    {
        Value = value;
        Parent = parent;
        Name = name;
        Index = index;
        Siblings = siblings;
        Depth = parent.Depth + 1;
    }

    /// <summary>The model object: the document, a section, clause, block, list item, table cell, image ….</summary>
    public object Value { get; }

    /// <summary>The node this one stands in; null where the walk started.</summary>
    public ModelNode? Parent { get; }

    /// <summary>
    /// The part of the parent the node is in, as <see cref="ModelNames"/> names it ("clauses", "blocks", "cells"); null where the walk started.
    /// </summary>
    public string? Name { get; }

    /// <summary>
    /// The node's index in that part; -1 for a part that holds one value (the bibliography, a formula's image) and where the walk started.
    /// </summary>
    public int Index { get; }

    /// <summary>The list the node is in, itself included; null for a single value and where the walk started.</summary>
    public IReadOnlyList<object>? Siblings { get; }

    /// <summary>How far below the start of the walk the node is: 0 for the start, 1 for its children ….</summary>
    public int Depth { get; }

    /// <summary>The JSON pointer of the node in the serialized model, e.g. "/clauses/4/blocks/2/rows/0/cells/1" (made when first asked).</summary>
    public string Pointer => pointer ??= Index < 0 ? $"{Parent!.Pointer}/{Name}" : $"{Parent!.Pointer}/{Name}/{Index}";

    /// <summary>The pointer of a field or part of this node, e.g. <c>node.PointerTo(ModelNames.Title)</c>.</summary>
    public string PointerTo(string name) => $"{Pointer}/{name}";

    /// <summary>The nodes this one stands in, nearest first.</summary>
    public IEnumerable<ModelNode> Ancestors
    {
        get
        {
            for (var node = Parent; node is not null; node = node.Parent)
            {
                yield return node;
            }
        }
    }

    /// <summary>The value of the nearest node above this one that is a <typeparamref name="T"/>, e.g. the clause a table is in.</summary>
    public T? Ancestor<T>() where T : class
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            if (node.Value is T value)
            {
                return value;
            }
        }
        return null;
    }

    /// <summary>The nodes directly in this one, in document order.</summary>
    public IReadOnlyList<ModelNode> Children => ModelWalker.ChildrenOf(this);

    /// <summary>Every node below this one, in document order.</summary>
    public IEnumerable<ModelNode> Descendants() => ModelWalker.Walk(this).Skip(1);

    /// <summary>Every object of type <typeparamref name="T"/> below this node, in document order.</summary>
    public IEnumerable<T> Descendants<T>() where T : class => Descendants().Select(n => n.Value).OfType<T>();

    public override string ToString() => $"{Pointer} ({Value.GetType().Name})";
}
