using System.Text.RegularExpressions;
using Mrs.Cli;
using YamlDotNet.RepresentationModel;

namespace Mrs.Tests.Cli;

/// <summary>The repository's GitHub Action (action.yml) calls mrs with options mrs has, and its defaults are values they take.</summary>
public class GitHubActionTests
{
    [Fact]
    public void Every_mrs_command_line_of_the_action_parses_with_its_default_inputs()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(TestPaths.Repository, "action.yml"))));
        var action = (YamlMappingNode)yaml.Documents[0].RootNode;
        var defaults = ((YamlMappingNode)action["inputs"]).Children.ToDictionary(
            i => "MRS_" + ((YamlScalarNode)i.Key).Value!.ToUpperInvariant().Replace('-', '_'),
            i => ((YamlMappingNode)i.Value).Children.TryGetValue(new YamlScalarNode("default"), out var d) ? ((YamlScalarNode)d).Value! : "samples/");
        var steps = (YamlSequenceNode)((YamlMappingNode)action["runs"])["steps"];
        var lines = steps.OfType<YamlMappingNode>()
            .Where(s => s.Children.ContainsKey(new YamlScalarNode("run")))
            .SelectMany(s => ((YamlScalarNode)s["run"]).Value!.Split('\n'))
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("mrs ", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(2, lines.Count);
        foreach (var line in lines)
        {
            var command = Regex.Replace(line.Split('>')[0], @"""?\$(\w+)""?", m => defaults.GetValueOrDefault(m.Groups[1].Value, "samples/"));
            var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];
            var parse = MrsCli.Build(new CliConsole(TextWriter.Null, TextWriter.Null, false)).Parse(args);
            Assert.True(parse.Errors.Count == 0, line + ": " + string.Join("; ", parse.Errors.Select(e => e.Message)));
        }
    }
}
