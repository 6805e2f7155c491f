using System.Diagnostics;

namespace Mrs.Tests.Cli;

/// <summary><c>mrs completion</c>: scripts that load in their shell and complete commands, options and option values.</summary>
public class CompletionTests
{
    private static string Script(string shell)
    {
        var result = CliRunner.Run("completion", shell);
        Assert.Equal(0, result.ExitCode);
        var path = Path.Combine(TestPaths.TempFolder(), "mrs." + shell);
        File.WriteAllText(path, result.Out);
        return path;
    }

    /// <summary>Loads the bash script and asks it what completes the last word of <paramref name="line"/>.</summary>
    private static string[] Bash(string script, string line)
    {
        var words = line.Split(' ');
        var quoted = string.Join(' ', words.Select(w => "'" + w + "'"));
        var start = new ProcessStartInfo("bash", ["--norc", "-c",
            $". '{script}' && COMP_WORDS=({quoted}) && COMP_CWORD={words.Length - 1} && _mrs && printf '%s\\n' \"${{COMPREPLY[@]}}\""])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEnd();
        var error = bash.StandardError.ReadToEnd();
        bash.WaitForExit();
        Assert.True(bash.ExitCode == 0, error);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void The_bash_script_completes_commands_options_and_values()
    {
        var script = Script("bash");
        Assert.Equal(["validate"], Bash(script, "mrs val"));
        Assert.Contains("--format", Bash(script, "mrs validate --f"));
        Assert.Contains("--fail-on", Bash(script, "mrs validate --f"));
        Assert.Equal(["github", "json", "sarif", "text"], Bash(script, "mrs validate --format "));
        Assert.Equal(["sarif"], Bash(script, "mrs validate x.std.yaml --format s"));
        Assert.Contains("html", Bash(script, "mrs render --to "));
        Assert.Equal(["bash"], Bash(script, "mrs completion ba"));
    }

    [Fact]
    public void The_zsh_script_is_the_bash_one_behind_bashcompinit()
    {
        var zsh = CliRunner.Run("completion", "zsh").Out;
        Assert.StartsWith("#compdef mrs\nautoload -U +X bashcompinit && bashcompinit\n", zsh);
        Assert.EndsWith(CliRunner.Run("completion", "bash").Out, zsh);
    }

    [Fact]
    public void The_fish_script_names_each_command_and_option()
    {
        var fish = CliRunner.Run("completion", "fish").Out;
        Assert.Contains("complete -c mrs -n '__fish_use_subcommand' -a validate", fish);
        Assert.Contains("complete -c mrs -n '__fish_seen_subcommand_from validate' -l format -x -a 'github json sarif text'", fish);
    }

    [Fact]
    public void An_unknown_shell_is_a_usage_error()
    {
        var result = CliRunner.Run("completion", "tcsh");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("tcsh", result.Error);
    }
}
