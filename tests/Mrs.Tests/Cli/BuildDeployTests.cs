using System.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Mrs.Tests.Cli;

/// <summary>
/// The files under deploy/ that run mrs build past one machine: the GitHub Actions matrix and the Kubernetes Indexed
/// Job parse and pass each shard its --shard i/N, and the container image builds where Docker is available.
/// </summary>
public class BuildDeployTests
{
    private static string Deploy(string name) => Path.Combine(TestPaths.Repository, "deploy", name);

    private static List<YamlMappingNode> Documents(string file)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(file))
        {
            stream.Load(reader);
        }
        return [.. stream.Documents.Select(d => Assert.IsType<YamlMappingNode>(d.RootNode))];
    }

    private static YamlNode At(YamlNode node, params string[] path) =>
        path.Aggregate(node, (n, key) => ((YamlMappingNode)n).Children[new YamlScalarNode(key)]);

    private static string Text(YamlNode node) => ((YamlScalarNode)node).Value!;

    [Fact]
    public void The_github_workflow_builds_one_shard_per_matrix_job_and_merges_them()
    {
        var workflow = Documents(Deploy("github-matrix.yml")).Single();
        var shards = ((YamlSequenceNode)At(workflow, "jobs", "shard", "strategy", "matrix", "shard")).Children.Select(Text).ToList();
        Assert.Equal(Text(At(workflow, "env", "SHARDS")), shards.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(1, shards.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), shards);
        var build = ((YamlSequenceNode)At(workflow, "jobs", "shard", "steps")).Children.Select(s => ((YamlMappingNode)s).Children)
            .Select(c => c.TryGetValue(new YamlScalarNode("run"), out var run) ? Text(run) : null).Single(r => r is not null)!;
        Assert.Contains("mrs build", build, StringComparison.Ordinal);
        Assert.Contains("--shard ${{ matrix.shard }}/${{ env.SHARDS }}", build, StringComparison.Ordinal);
        Assert.Equal("shard", Text(At(workflow, "jobs", "merge", "needs")));
        var merge = ((YamlSequenceNode)At(workflow, "jobs", "merge", "steps")).Children.Select(s => ((YamlMappingNode)s).Children)
            .Select(c => c.TryGetValue(new YamlScalarNode("run"), out var run) ? Text(run) : null).Single(r => r is not null)!;
        Assert.StartsWith("mrs build --merge ", merge, StringComparison.Ordinal);
    }

    [Fact]
    public void The_kubernetes_job_is_indexed_and_turns_its_completion_index_into_the_shard()
    {
        var jobs = Documents(Deploy("k8s-indexed-job.yaml"));
        var shards = jobs.Single(j => Text(At(j, "metadata", "name")) == "mrs-build");
        Assert.Equal("batch/v1", Text(At(shards, "apiVersion")));
        Assert.Equal("Job", Text(At(shards, "kind")));
        Assert.Equal("Indexed", Text(At(shards, "spec", "completionMode")));
        var container = (YamlMappingNode)((YamlSequenceNode)At(shards, "spec", "template", "spec", "containers")).Children.Single();
        var env = ((YamlSequenceNode)At(container, "env")).Children.Single(e => Text(At(e, "name")) == "SHARDS");
        Assert.Equal(Text(At(shards, "spec", "completions")), Text(At(env, "value")));
        var script = string.Join(' ', ((YamlSequenceNode)At(container, "args")).Children.Select(Text));
        Assert.Contains("--shard $((JOB_COMPLETION_INDEX + 1))/$SHARDS", script, StringComparison.Ordinal);

        // the shell turns index 0 … N-1 into the shards 1/N … N/N that mrs build takes
        var from = script.IndexOf("--shard ", StringComparison.Ordinal) + "--shard ".Length;
        var line = script[from..(script.IndexOf("$SHARDS", from, StringComparison.Ordinal) + "$SHARDS".Length)];
        for (var index = 0; index < 3; index++)
        {
            var shell = Process.Start(new ProcessStartInfo("sh", ["-c", "echo " + line])
            {
                RedirectStandardOutput = true,
                Environment = { ["JOB_COMPLETION_INDEX"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture), ["SHARDS"] = "3" },
            })!;
            Assert.Equal($"{index + 1}/3", shell.StandardOutput.ReadToEnd().Trim());
            shell.WaitForExit();
        }
        var merge = jobs.Single(j => Text(At(j, "metadata", "name")) == "mrs-merge");
        var mergeContainer = ((YamlSequenceNode)At(merge, "spec", "template", "spec", "containers")).Children.Single();
        Assert.Contains("mrs build --merge", string.Join(' ', ((YamlSequenceNode)At(mergeContainer, "args")).Children.Select(Text)),
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_container_image_builds_and_runs_mrs()
    {
        var docker = Run("docker", "info", 60);
        Assert.SkipWhen(docker is not 0, "Docker is not available here (no docker daemon): the image is not built");
        var tag = "mrs-test:" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(0, Run("docker", $"build -f {Deploy("Dockerfile")} -t {tag} {TestPaths.Repository}", 3600));
        try
        {
            Assert.Equal(0, Run("docker", $"run --rm {tag} --version", 120));
        }
        finally
        {
            Run("docker", $"rmi -f {tag}", 120);
        }
    }

    private static int? Run(string program, string arguments, int seconds)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true
            })!;
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(seconds * 1000))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // not installed
        }
    }
}
