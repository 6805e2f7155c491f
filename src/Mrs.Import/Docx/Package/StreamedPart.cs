using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Xml.Linq;

namespace Mrs.Import.Docx.Package;

/// <summary>
/// The children of the containers of an XML part (the blocks of each w:body), parsed on another processor and handed
/// over in document order as they are read (<see cref="DocxPackage.StreamContainers"/>), so that each can be read here
/// while the rest of the part is still being parsed. Each child is attached to its container, and each container to
/// the part's root element (with the root's namespace declarations), on this thread as it is taken: a child's siblings
/// so far, its ancestors and its written XML are those of the loaded part. A part that cannot be read throws, when its
/// fault is reached, the exception a load would have thrown.
/// </summary>
public sealed class StreamedPart
{
    private readonly BlockingCollection<List<Item>> batches = new();
    private readonly List<XElement> taken = [];
    private List<Item> batch = [];
    private int next;
    private XElement? container;
    private bool ended;
    private ExceptionDispatchInfo? failure;

    internal StreamedPart()
    {
    }

    /// <summary>True when the part used ISO/IEC 29500 strict names (read as transitional); known once it has been read.</summary>
    public bool IsStrict { get; private set; }

    /// <summary>True when the part has a container at all (waits until one begins or the part ends).</summary>
    public bool HasContainer()
    {
        while (container is null && !ended)
        {
            Take();
        }
        return container is not null;
    }

    /// <summary>The children of every container, in document order.</summary>
    public IEnumerable<XElement> Children()
    {
        for (var i = 0; ; i++)
        {
            while (i == taken.Count)
            {
                if (ended)
                {
                    yield break;
                }
                Take();
            }
            yield return taken[i];
        }
    }

    /// <summary>
    /// Takes children until one after <paramref name="element"/> in its container is <paramref name="wanted"/>, or the
    /// container has ended, so that <see cref="XNode.ElementsAfterSelf()"/> sees as far as a loaded part would.
    /// </summary>
    public void ReadAhead(XElement element, Func<XElement, bool> wanted)
    {
        var within = element.Parent;
        while (!ended && ReferenceEquals(within, container) && !element.ElementsAfterSelf().Any(wanted))
        {
            Take();
        }
    }

    /// <summary>Reads the part to its end; throws what made it unreadable, if anything did.</summary>
    public void ThrowIfFailed()
    {
        while (!ended)
        {
            Take();
        }
        failure?.Throw();
    }

    private void Take()
    {
        if (next == batch.Count)
        {
            batch = batches.Take();
            next = 0;
        }
        var item = batch[next++];
        switch (item.Kind)
        {
            case ItemKind.Container:
                if (item.Element.Parent is null)
                {
                    item.Root!.Add(item.Element);
                }
                container = item.Element;
                break;
            case ItemKind.Child:
                if (item.Element.Parent is null)
                {
                    container!.Add(item.Element);
                }
                taken.Add(item.Element);
                break;
            case ItemKind.End:
                ended = true;
                IsStrict = item.Strict;
                break;
            case ItemKind.Failure:
                ended = true;
                failure = item.Failure;
                failure!.Throw();
                break;
        }
    }

    private enum ItemKind
    {
        Container,
        Child,
        End,
        Failure,
    }

    private readonly record struct Item(ItemKind Kind, XElement Element, XElement? Root = null, bool Strict = false,
        ExceptionDispatchInfo? Failure = null);

    /// <summary>The parsing side: hands over what it has read in batches (the first ones small, so that reading starts early).</summary>
    internal sealed class Writer(StreamedPart part)
    {
        private const int LargestBatch = 64;
        private List<Item> pending = [];
        private int size = 1;

        public void Container(XElement root, XElement container) => Add(new Item(ItemKind.Container, container, root));

        public void Child(XElement child) => Add(new Item(ItemKind.Child, child));

        public void End(bool strict)
        {
            pending.Add(new Item(ItemKind.End, null!, Strict: strict));
            Flush();
        }

        public void Fail(Exception exception)
        {
            pending.Add(new Item(ItemKind.Failure, null!, Failure: ExceptionDispatchInfo.Capture(exception)));
            Flush();
        }

        private void Add(Item item)
        {
            pending.Add(item);
            if (pending.Count >= size)
            {
                Flush();
                size = Math.Min(size * 2, LargestBatch);
            }
        }

        private void Flush()
        {
            part.batches.Add(pending);
            pending = [];
        }
    }
}
