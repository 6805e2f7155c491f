namespace Mrs.Cli.Commands;

/// <summary>
/// <c>mrs build --merge &lt;folders&gt;... -o &lt;dir&gt;</c>: joins the output folders of shard builds (a CI matrix, a
/// Kubernetes Indexed Job) into one: their files are copied into the output folder (unless it is one of them), their
/// catalogues become one index.json and index.html, their caches one cache, and --report writes the joined report.
/// </summary>
internal static class BuildMerge
{
    public static int Run(CliConsole console, BuildMessages text, string[] folders, string outputGiven, string? reportPath, string failOn)
    {
        var catalogues = new List<(string Folder, BuildCatalogue Catalogue)>();
        foreach (var folder in folders)
        {
            var index = Path.Combine(folder, BuildCatalogueFiles.Json);
            if (!Directory.Exists(folder) || !File.Exists(index))
            {
                console.Error.WriteLine(text.NotABuild(folder));
                return ExitCodes.BadInput;
            }
            if (BuildCatalogueFiles.Read<BuildCatalogue>(index, out var why) is not { } catalogue || catalogue.Schema != BuildCatalogue.SchemaId)
            {
                console.Error.WriteLine(text.BadCatalogue(index, why ?? "another $schema"));
                return ExitCodes.BadInput;
            }
            catalogues.Add((folder, catalogue));
        }
        var outputFolder = Path.GetFullPath(outputGiven);
        if (BuildCommand.MakeOutputFolder(outputGiven, outputFolder) is { } folderError)
        {
            console.Error.WriteLine(folderError);
            return ExitCodes.BadInput;
        }

        var conflicts = 0;
        var cache = BuildCache.Open(outputFolder);
        var documents = new Dictionary<string, BuildDocument>(StringComparer.Ordinal);
        var copied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (folder, catalogue) in catalogues)
        {
            var full = Path.GetFullPath(folder);
            if (!string.Equals(full.TrimEnd(Path.DirectorySeparatorChar), outputFolder.TrimEnd(Path.DirectorySeparatorChar),
                StringComparison.Ordinal))
            {
                conflicts += CopyOutputs(console, text, full, outputFolder, copied);
                cache.Join(BuildCache.Open(full));
            }
            foreach (var document in catalogue.Documents)
            {
                if (!documents.TryAdd(document.Input, document))
                {
                    console.Error.WriteLine("mrs: " + text.DuplicateInput(document.Input, folder));
                }
            }
        }
        var formats = catalogues.SelectMany(c => c.Catalogue.Formats).Distinct().ToList();
        var merged = BuildCatalogue.Of(documents.Values, formats, shard: null);
        try
        {
            cache.Save();
            BuildCatalogueFiles.Write(outputFolder, merged, text);
            if (reportPath is not null)
            {
                BuildCatalogueFiles.WriteReport(reportPath, merged with { FailOn = failOn, Merged = [.. folders] });
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Mrs.Serialization.OutputException)
        {
            console.Fail(ex.Message.Split('\n')[0]);
            return ExitCodes.BadInput;
        }
        foreach (var d in merged.Documents.Where(d => d.Status == BuildStatus.Failed))
        {
            console.Error.WriteLine(d.Error);
        }
        console.Error.WriteLine(text.MergeSummary(merged.Summary, catalogues.Count, outputFolder));
        return conflicts > 0 || merged.Fails(failOn) ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>
    /// Copies a shard's files (not its catalogue or cache) into the output folder, over what an earlier merge left; a file
    /// another shard of this merge copied already must be the same (shared pictures are). The number of conflicts.
    /// </summary>
    private static int CopyOutputs(CliConsole console, BuildMessages text, string from, string to, HashSet<string> copied)
    {
        var conflicts = 0;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative is BuildCatalogueFiles.Json or BuildCatalogueFiles.Html or BuildCache.FileName)
            {
                continue;
            }
            var target = Path.Combine(to, relative);
            if (!copied.Add(relative))
            {
                if (!BuildAssets.SameContent(file, target))
                {
                    console.Error.WriteLine(text.MergeConflict(target, from));
                    conflicts++;
                }
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            Mrs.Serialization.ModelWriter.WriteFileAtomically(target, stream =>
            {
                using var source = File.OpenRead(file);
                source.CopyTo(stream);
            });
        }
        return conflicts;
    }
}
