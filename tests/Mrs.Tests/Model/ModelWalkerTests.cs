using System.Text.Json;
using Mrs.Import;
using Mrs.Model;
using Mrs.Serialization;
using Mrs.Tests.Serialization;

namespace Mrs.Tests.Model;

/// <summary>The model walker reaches every object of a model, and its pointers are the serialized model's.</summary>
public class ModelWalkerTests
{
    /// <summary>Imported corpus documents of several kinds (ISO, GB/T, OASIS), the samples and the kitchen sink.</summary>
    public static TheoryData<string> Models() => new() { "kitchen-sink", "gbt-sample.std.yaml", "iso-sample.std.yaml",
        "standards/iso/metanorma-iso_rice.docx", "standards/gbt/generated/gbt-minimal.docx", "standards/oasis/sarif-EN06-result-matching.docx" };

    private static StandardDocument Load(string name) =>
        name == "kitchen-sink" ? ModelFixtures.KitchenSink()
        : name.EndsWith(".std.yaml", StringComparison.Ordinal) ? ModelReader.ReadValid(File.ReadAllText(TestPaths.Sample(name)), ModelFormat.Yaml)
        : DocumentImporter.Import(TestPaths.CorpusFile(name), new ImportOptions()).Document;

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_pointer_resolves_to_its_object_in_what_both_writers_write(string name)
    {
        var document = Load(name);
        var nodes = ModelWalker.Walk(document).ToList();
        using var fast = ModelWriter.ToTree(document);
        using var general = Mrs.Tests.Serialization.ModelJsonOptions.ToTree(document);
        foreach (var tree in new[] { fast.RootElement, general.RootElement })
        {
            foreach (var node in nodes)
            {
                var element = Resolve(tree, node.Pointer);
                Assert.True(element is { ValueKind: JsonValueKind.Object }, $"{node} does not resolve to an object");
            }
            // and the walk reaches every object of the tree but the cover's details, the provenance and provisions
            var objects = new List<string>();
            Objects(tree, "", objects);
            var notWalked = new[] { "/metadata/adoptions", "/metadata/committee", "/metadata/otherFields", "/source" };
            var expected = objects.Where(p => !notWalked.Any(p.StartsWith) && !p.Contains("/provisions/", StringComparison.Ordinal)).ToList();
            Assert.Equal(expected, nodes.Select(n => n.Pointer).ToList());
        }
    }

    [Fact]
    public void Pointers_are_built_from_the_names_the_model_writer_uses()
    {
        var nodes = ModelWalker.Walk(ModelFixtures.KitchenSink()).ToList();
        var table = nodes.Single(n => n.Value is Table);
        var cell = nodes.First(n => n.Value is TableCell { Text: "值" });
        Assert.Equal($"{table.Pointer}/{ModelNames.Rows}/0/{ModelNames.Cells}/1", cell.Pointer);
        Assert.Equal($"{cell.Pointer}/{ModelNames.Text}", cell.PointerTo(ModelNames.Text));
        var formulaImage = nodes.Single(n => n is { Value: Image, Parent.Value: Formula });
        Assert.Equal((ModelNames.Image, -1), (formulaImage.Name, formulaImage.Index));
        Assert.Equal("/bibliography", nodes.Single(n => n.Value is Bibliography).Pointer);
        Assert.Equal("/index", nodes.Single(n => n.Value is Section { Kind: SectionKind.Index }).Pointer);
        Assert.Equal("", nodes[0].Pointer);
    }

    [Fact]
    public void Nodes_know_their_parent_siblings_and_ancestors()
    {
        var document = ModelFixtures.KitchenSink();
        foreach (var node in ModelWalker.Walk(document).Skip(1))
        {
            Assert.Contains(node.Parent!.Children, c => ReferenceEquals(c.Value, node.Value) && c.Pointer == node.Pointer);
            Assert.Equal(node.Parent.Depth + 1, node.Depth);
            Assert.Equal(node.Parent, node.Ancestors.First());
            Assert.Same(document, node.Ancestors.Last().Value);
            if (node.Siblings is { } siblings)
            {
                Assert.Same(node.Value, siblings[node.Index]);
            }
        }
        var cellParagraph = ModelWalker.Walk(document).First(n => n is { Value: Paragraph, Parent.Value: TableCell });
        Assert.NotNull(cellParagraph.Ancestor<Table>());
        Assert.Equal(cellParagraph.Ancestor<Clause>(), cellParagraph.Ancestors.Select(a => a.Value).OfType<Clause>().First());
    }

    [Fact]
    public void Typed_descendants_find_every_object_of_a_kind()
    {
        var document = ModelFixtures.KitchenSink();
        Assert.Equal(ModelWalker.Walk(document).Count(n => n.Value is Figure), document.Descendants<Figure>().Count());
        Assert.NotEmpty(document.Descendants<Figure>());
        var clause = ModelWalker.Walk(document).First(n => n.Value is Clause c && c.Blocks.OfType<Table>().Any());
        Assert.Equal(clause.Descendants().Where(n => n.Value is Paragraph).Select(n => n.Value), clause.Descendants<Paragraph>());
        Assert.All(ModelWalker.Walk(clause.Value, clause.Pointer), n => Assert.StartsWith(clause.Pointer, n.Pointer));
    }

    [Fact]
    public void Containers_are_one_kind_of_thing()
    {
        var document = ModelFixtures.KitchenSink();
        var containers = ModelWalker.Walk(document).Select(n => n.Value).OfType<IContainer>().ToList();
        Assert.Contains(containers, c => c is Section);
        Assert.Contains(containers, c => c is Annex);
        Assert.Contains(containers, c => c is Bibliography);
        var bibliography = document.Bibliography!;
        Assert.Same(bibliography.Entries, ((IContainer)bibliography).References);
        Assert.Empty(((IContainer)bibliography).Clauses);
    }

    private static JsonElement? Resolve(JsonElement tree, string pointer)
    {
        var element = tree;
        foreach (var segment in pointer.Split('/').Skip(1))
        {
            if (element.ValueKind == JsonValueKind.Array && int.TryParse(segment, out var index) && index < element.GetArrayLength())
            {
                element = element[index];
            }
            else if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(segment, out var property))
            {
                element = property;
            }
            else
            {
                return null;
            }
        }
        return element;
    }

    /// <summary>The pointers of every object in a JSON tree, in document order.</summary>
    private static void Objects(JsonElement element, string pointer, List<string> into)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            into.Add(pointer);
            foreach (var property in element.EnumerateObject())
            {
                Objects(property.Value, $"{pointer}/{property.Name}", into);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                Objects(item, $"{pointer}/{i++}", into);
            }
        }
    }
}
