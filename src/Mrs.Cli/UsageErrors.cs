using System.CommandLine;
using System.CommandLine.Parsing;
using Mrs.Text.Messages;

namespace Mrs.Cli;

/// <summary>
/// What is wrong with a command line, said as a standards editor or a CI author can act on it: a mistyped command or
/// option is named, with the nearest real one ("did you mean"), instead of being taken for an input file.
/// </summary>
public static class UsageErrors
{
    public static IReadOnlyList<string> Find(RootCommand root, ParseResult parse)
    {
        var messages = new List<string>();
        var command = parse.CommandResult.Command;
        // A token that looks like an option but is none lands among the inputs: say so, before any file is read.
        foreach (var argument in parse.CommandResult.Children.OfType<ArgumentResult>())
        {
            foreach (var token in argument.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-' && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                {
                    messages.Add(Unknown(Catalog.Format("usage.unknownOptionFor", token.Value, Path(parse)), token.Value, OptionNames(parse)));
                }
            }
        }
        // After a mistyped command or option, the words that follow it are its value, not more news.
        var mistyped = messages.Count > 0;
        foreach (var e in parse.Errors)
        {
            if (command == root && parse.UnmatchedTokens.FirstOrDefault() is { } first && e.Message.Contains($"'{first}'"))
            {
                if (!mistyped)
                {
                    mistyped = true;
                    messages.Add(first.StartsWith('-')
                        ? Unknown(Catalog.Format("usage.unknownOption", first), first, OptionNames(parse))
                        : Unknown(Catalog.Format("usage.notACommand", first), first, root.Subcommands.Select(c => c.Name)));
                }
                continue;
            }
            if (command == root && e.Message == RequiredCommandMessage())
            {
                if (parse.UnmatchedTokens.Count == 0)
                {
                    messages.Add(Catalog.Format("usage.commandNeeded", string.Join(", ", root.Subcommands.Select(c => c.Name))));
                }
                continue;
            }
            var unmatched = parse.UnmatchedTokens.FirstOrDefault(t => e.Message.Contains($"'{t}'"));
            if (unmatched is not null)
            {
                if (!mistyped)
                {
                    mistyped = true;
                    messages.Add(unmatched.StartsWith('-')
                        ? Unknown(Catalog.Format("usage.unknownOptionFor", unmatched, Path(parse)), unmatched, OptionNames(parse))
                        : e.Message);
                }
                continue;
            }
            if (!mistyped)
            {
                messages.Add(e.Message); // what a mistyped word leads to (a required option missing) is not news either
            }
        }
        return messages;
    }

    /// <summary>System.CommandLine's "Required command was not provided." in the language in use (it has its own catalogue).</summary>
    private static string RequiredCommandMessage() =>
        new RootCommand { Subcommands = { new Command("x") } }.Parse([]).Errors.FirstOrDefault()?.Message ?? "";

    private static string Path(ParseResult parse)
    {
        var names = new List<string>();
        for (SymbolResult? r = parse.CommandResult; r is CommandResult c && c.Parent is not null; r = c.Parent)
        {
            names.Insert(0, c.Command.Name);
        }
        return string.Join(' ', names);
    }

    /// <summary>The options the command takes, its own and those recursive from above, with their aliases.</summary>
    private static IEnumerable<string> OptionNames(ParseResult parse)
    {
        for (SymbolResult? r = parse.CommandResult; r is CommandResult c; r = c.Parent)
        {
            foreach (var option in c.Command.Options.Where(o => r == parse.CommandResult || o.Recursive))
            {
                yield return option.Name;
                foreach (var alias in option.Aliases)
                {
                    yield return alias;
                }
            }
        }
    }

    private static string Unknown(string message, string given, IEnumerable<string> candidates)
    {
        var length = given.TrimStart('-').Length;
        var best = candidates.Distinct().Where(c => c.Length > 2 || char.IsLetter(c[^1])) // not -? or /?
            .Select(c => (Name: c, Distance: Distance(given.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => length > 1 && c.Distance <= (length <= 3 ? 1 : Math.Max(2, length / 3)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is null ? Catalog.Format("usage.sentence", message) : Catalog.Format("usage.didYouMean", message, best.Name);
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
