using System.CommandLine;
using System.CommandLine.Completions;
using System.Text;
using Mrs.Text.Messages;

namespace Mrs.Cli.Commands;

/// <summary>
/// <c>mrs completion bash|zsh|fish|pwsh</c>: a shell completion script made from the command tree itself (commands,
/// options, the values an option accepts), so it never lags behind the parser. The script is static: completing does
/// not start mrs.
/// </summary>
internal static class CompletionCommand
{
    public static readonly string[] Shells = ["bash", "zsh", "fish", "pwsh"];

    public static Command Create(CliConsole console, Func<RootCommand> tree)
    {
        var shell = new Argument<string>("shell") { Description = Catalog.Get("completion.shell") };
        shell.AcceptOnlyFromAmong(Shells);
        var command = new Command("completion", Catalog.Get("completion.description"))
        {
            shell,
        };
        command.SetAction(parse =>
        {
            var commands = Describe(tree());
            console.Out.Write(parse.GetValue(shell) switch
            {
                "bash" => Bash(commands),
                "zsh" => "#compdef mrs\nautoload -U +X bashcompinit && bashcompinit\n" + Bash(commands),
                "fish" => Fish(commands),
                _ => Pwsh(commands),
            });
            return ExitCodes.Success;
        });
        return command;
    }

    private sealed record OptionInfo(string Name, IReadOnlyList<string> Aliases, string Description, bool TakesValue, IReadOnlyList<string> Values);

    private sealed record CommandInfo(string Name, string Description, IReadOnlyList<OptionInfo> Options, IReadOnlyList<string> ArgumentValues);

    private static List<CommandInfo> Describe(RootCommand root)
    {
        var global = root.Options.Where(o => o.Recursive).ToList();
        static bool TakesValue(Option o) => o.ValueType != typeof(bool) && o.Arity.MaximumNumberOfValues > 0;
        OptionInfo Info(Option o) => new(o.Name, [.. o.Aliases.Where(a => a.StartsWith('-') && a.Length > 1 && char.IsLetter(a[^1]))],
            FirstLine(o.Description), TakesValue(o), [.. TakesValue(o) ? o.GetCompletions(CompletionContext.Empty).Select(c => c.Label) : []]);
        var list = new List<CommandInfo>
        {
            new("", FirstLine(root.Description), [.. root.Options.Where(o => !o.Hidden).Select(Info)], [.. root.Subcommands.Select(c => c.Name)]),
        };
        foreach (var c in root.Subcommands.Where(c => !c.Hidden))
        {
            list.Add(new(c.Name, FirstLine(c.Description), [.. c.Options.Concat(global).Where(o => !o.Hidden).Distinct().Select(Info)],
                [.. c.Arguments.SelectMany(a => a.GetCompletions(CompletionContext.Empty)).Select(x => x.Label)]));
        }
        return list;
    }

    private static string FirstLine(string? text)
    {
        var line = (text ?? "").Split('\n')[0];
        var stop = line.IndexOf(". ", StringComparison.Ordinal);
        return stop > 0 ? line[..(stop + 1)] : line;
    }

    private static string Words(IEnumerable<string> words) => string.Join(' ', words);

    private static string Bash(List<CommandInfo> commands)
    {
        var root = commands[0];
        var b = new StringBuilder();
        b.Append("# bash completion for mrs (made by: mrs completion bash)\n");
        b.Append("_mrs() {\n");
        b.Append("  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\" cmd=\"\" w\n");
        b.Append("  for w in \"${COMP_WORDS[@]:1:COMP_CWORD-1}\"; do\n");
        b.Append($"    case \"$w\" in {string.Join('|', root.ArgumentValues)}) cmd=\"$w\"; break;; esac\n");
        b.Append("  done\n");
        b.Append("  case \"$cmd:$prev\" in\n");
        foreach (var c in commands)
        {
            foreach (var o in c.Options.Where(o => o.TakesValue))
            {
                var names = string.Join('|', new[] { o.Name }.Concat(o.Aliases).Distinct().Select(n => $"{c.Name}:{n}"));
                b.Append($"    {names}) ");
                b.Append(o.Values.Count > 0
                    ? $"COMPREPLY=($(compgen -W \"{Words(o.Values)}\" -- \"$cur\")); return;;\n"
                    : "COMPREPLY=($(compgen -f -- \"$cur\")); return;;\n");
            }
        }
        b.Append("  esac\n");
        b.Append("  case \"$cmd\" in\n");
        foreach (var c in commands)
        {
            var options = Words(c.Options.SelectMany(o => new[] { o.Name }.Concat(o.Aliases)).Distinct());
            b.Append($"    \"{c.Name}\")\n");
            b.Append($"      if [[ \"$cur\" == -* ]]; then COMPREPLY=($(compgen -W \"{options}\" -- \"$cur\"))\n");
            b.Append(c.ArgumentValues.Count > 0
                ? $"      else COMPREPLY=($(compgen -W \"{Words(c.ArgumentValues)}\" -- \"$cur\")); fi;;\n"
                : "      else COMPREPLY=($(compgen -f -- \"$cur\")); fi;;\n");
        }
        b.Append("  esac\n");
        b.Append("}\n");
        b.Append("complete -o filenames -o bashdefault -F _mrs mrs\n");
        return b.ToString();
    }

    private static string Fish(List<CommandInfo> commands)
    {
        static string Quote(string s) => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'";
        var root = commands[0];
        var b = new StringBuilder("# fish completion for mrs (made by: mrs completion fish)\ncomplete -c mrs -f\n");
        foreach (var c in commands.Skip(1))
        {
            b.Append($"complete -c mrs -n '__fish_use_subcommand' -a {c.Name} -d {Quote(c.Description)}\n");
        }
        foreach (var c in commands)
        {
            var when = c.Name.Length == 0 ? "__fish_use_subcommand" : $"__fish_seen_subcommand_from {c.Name}";
            foreach (var o in c.Options)
            {
                b.Append($"complete -c mrs -n '{when}'");
                foreach (var n in new[] { o.Name }.Concat(o.Aliases).Distinct())
                {
                    b.Append(n.StartsWith("--", StringComparison.Ordinal) ? $" -l {n[2..]}" : $" -s {n[1..]}");
                }
                if (o.TakesValue)
                {
                    b.Append(o.Values.Count > 0 ? $" -x -a {Quote(Words(o.Values))}" : " -r -F");
                }
                b.Append($" -d {Quote(o.Description)}\n");
            }
            if (c.Name.Length > 0)
            {
                b.Append(c.ArgumentValues.Count > 0
                    ? $"complete -c mrs -n '{when}' -x -a {Quote(Words(c.ArgumentValues))}\n"
                    : $"complete -c mrs -n '{when}' -F\n");
            }
        }
        return b.ToString();
    }

    private static string Pwsh(List<CommandInfo> commands)
    {
        static string Quote(string s) => "'" + s.Replace("'", "''") + "'";
        var b = new StringBuilder("# PowerShell completion for mrs (made by: mrs completion pwsh)\n");
        b.Append("Register-ArgumentCompleter -Native -CommandName mrs -ScriptBlock {\n");
        b.Append("    param($wordToComplete, $commandAst, $cursorPosition)\n");
        b.Append("    $words = @($commandAst.CommandElements | ForEach-Object { $_.ToString() })\n");
        b.Append("    $options = @{\n");
        foreach (var c in commands)
        {
            b.Append($"        {Quote(c.Name)} = "
                + $"@({string.Join(", ", c.Options.SelectMany(o => new[] { o.Name }.Concat(o.Aliases)).Distinct().Select(Quote))})\n");
        }
        b.Append("    }\n    $values = @{\n");
        foreach (var c in commands)
        {
            foreach (var o in c.Options.Where(o => o.Values.Count > 0))
            {
                foreach (var n in new[] { o.Name }.Concat(o.Aliases).Distinct())
                {
                    b.Append($"        {Quote(c.Name + ":" + n)} = @({string.Join(", ", o.Values.Select(Quote))})\n");
                }
            }
            if (c.ArgumentValues.Count > 0)
            {
                b.Append($"        {Quote(c.Name + ":")} = @({string.Join(", ", c.ArgumentValues.Select(Quote))})\n");
            }
        }
        b.Append("    }\n");
        b.Append("    $cmd = ''\n");
        b.Append("    foreach ($w in $words[1..($words.Count - 1)]) { if ($options.ContainsKey($w) -and $w -ne '') { $cmd = $w; break } }\n");
        b.Append("    $prev = if ($wordToComplete -eq '') { $words[-1] } else { $words[-2] }\n");
        b.Append("    $candidates = if ($values.ContainsKey(\"${cmd}:$prev\")) { $values[\"${cmd}:$prev\"] }\n");
        b.Append("        elseif ($wordToComplete.StartsWith('-')) { $options[$cmd] }\n");
        b.Append("        elseif ($values.ContainsKey(\"${cmd}:\")) { $values[\"${cmd}:\"] }\n");
        b.Append("        else { @() }\n");
        b.Append("    $candidates | Where-Object { $_ -like \"$wordToComplete*\" } | ForEach-Object {\n");
        b.Append("        [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)\n");
        b.Append("    }\n");
        b.Append("}\n");
        return b.ToString();
    }
}
