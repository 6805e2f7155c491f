using Mrs.Rendering.Writers;
using Mrs.Serialization;

namespace Mrs.Tests.Rendering;

/// <summary>The registry of output writers, the writers of the model, and how every writer puts its output in place.</summary>
public class OutputWriterTests
{
    private static string[] Names(IEnumerable<IOutputWriter> writers) => writers.Select(w => w.Name).ToArray();

    [Fact]
    public void The_registry_names_every_format_once_with_what_it_produces()
    {
        Assert.Equal(["yaml", "json", "html", "pdf", "bundle"], Names(OutputWriters.All));
        Assert.Equal(["yaml", "json", "html", "pdf", "bundle"], Names(OutputWriters.All.Where(w => w.IsImplemented)));
        Assert.Equal(["yaml", "json"], Names(OutputWriters.OfKind(OutputKind.Model)));
        Assert.Equal(["html", "pdf", "bundle"], Names(OutputWriters.OfKind(OutputKind.Rendering)));
        Assert.Equal(["bundle"], Names(OutputWriters.All.Where(w => w.Produces == OutputShape.Folder)));
        Assert.Equal(OutputWriters.All.Count, OutputWriters.All.Select(w => w.Suffix).Distinct().Count());
        Assert.Same(OutputWriters.All[1], OutputWriters.Find("JSON"));
        Assert.Null(OutputWriters.Find("docx"));
    }

    [Theory]
    [InlineData("yaml", ModelFormat.Yaml)]
    [InlineData("json", ModelFormat.Json)]
    public void A_model_writer_writes_the_model_text_and_leaves_no_temporary_file(string name, ModelFormat format)
    {
        var document = ModelReader.Load(TestPaths.Sample("gbt-sample.std.yaml")).Document!;
        var folder = TestPaths.TempFolder();
        var writer = OutputWriters.Find(name)!;
        var target = Path.Combine(folder, "sub", "gbt" + writer.Suffix);

        writer.Write(document, target, WriterOptions.Default);

        Assert.Equal(ModelWriter.Write(document, format), File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_writer_not_implemented_yet_writes_nothing()
    {
        var document = ModelReader.Load(TestPaths.Sample("gbt-sample.std.yaml")).Document!;
        var folder = TestPaths.TempFolder();
        // every format of the registry is implemented now; a planned one (the registry's place for the next) writes nothing
        var planned = new PlannedWriter("epub", OutputKind.Rendering, OutputShape.File, ".epub");
        Assert.False(planned.IsImplemented);
        Assert.Throws<NotSupportedException>(() => planned.Write(document, Path.Combine(folder, "x.epub"), WriterOptions.Default));
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void A_file_that_fails_half_way_leaves_the_previous_file_and_nothing_else()
    {
        var folder = TestPaths.TempFolder();
        var target = Path.Combine(folder, "out.pdf");
        File.WriteAllText(target, "previous");

        Assert.Throws<InvalidOperationException>(() => AtomicOutput.WriteFile(target, stream =>
        {
            stream.Write("half"u8);
            throw new InvalidOperationException("the writer failed");
        }));

        Assert.Equal("previous", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(folder));
    }

    [Fact]
    public void A_folder_replaces_the_previous_one_whole_or_not_at_all()
    {
        var parent = TestPaths.TempFolder();
        var target = Path.Combine(parent, "out.bundle");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "old.json"), "old");

        Assert.Throws<InvalidOperationException>(() => AtomicOutput.WriteFolder(target, temp =>
        {
            File.WriteAllText(Path.Combine(temp, "half.json"), "half");
            throw new InvalidOperationException("the writer failed");
        }));
        Assert.Equal(["old.json"], Directory.GetFiles(target).Select(Path.GetFileName));
        Assert.Equal([target], Directory.GetFileSystemEntries(parent));

        AtomicOutput.WriteFolder(target, temp => File.WriteAllText(Path.Combine(temp, "new.json"), "new"));
        Assert.Equal(["new.json"], Directory.GetFiles(target).Select(Path.GetFileName));
        Assert.Equal([target], Directory.GetFileSystemEntries(parent));
    }
}
