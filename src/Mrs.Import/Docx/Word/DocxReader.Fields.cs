using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Mrs.Import.Docx.Equations;
using Mrs.Import.Docx.Numbering;
using Mrs.Import.Docx.Ooxml;
using Mrs.Import.Docx.Package;
using Mrs.Import.Docx.Styles;
using Mrs.Text.Messages;

namespace Mrs.Import.Docx.Word;

/// <summary>Fields: their instructions, the results Word shows, and fields that span paragraphs.</summary>
public sealed partial class DocxReader
{
    // ---------------------------------------------------------------- fields

    private sealed class FieldFrame
    {
        public StringBuilder Instruction { get; } = new();
        public List<WordInline> Result { get; } = [];
        public bool InResult { get; set; }
        public bool Spanning { get; set; }
        /// <summary>The entry a drop-down form field shows (FORMDROPDOWN: w:ffData/w:ddList), when it is one.</summary>
        public string? DropDownEntry { get; init; }
        /// <summary>w:dirty: Word updates the field when it opens the document, so its cached result is not what it shows.</summary>
        public bool Dirty { get; init; }
        public string Kind => Instruction.ToString().TrimStart().Split(' ', 2)[0].ToUpperInvariant();
    }

    private void OnFieldChar(XElement fldChar, List<WordInline> output)
    {
        switch (W.Attr(fldChar, "fldCharType"))
        {
            case "begin":
                if (fields.Count >= Model.ModelLimits.MaxDepth)
                {
                    throw new ImportException(Catalog.Format("import.error.fieldsTooDeep", Model.ModelLimits.MaxDepth, paragraphIndex));
                }
                fields.Push(new FieldFrame { DropDownEntry = DropDownEntry(fldChar), Dirty = IsOn(fldChar, "dirty") });
                break;
            case "separate":
                if (fields.Count > 0)
                {
                    fields.Peek().InResult = true;
                }
                break;
            case "end":
                if (fields.Count == 0)
                {
                    break;
                }
                var frame = fields.Pop();
                if (frame.Kind == "TOC")
                {
                    tocFieldEndedHere = true;
                }
                if (frame.Spanning)
                {
                    // Its result spread over paragraphs and was emitted as it came.
                    Emit(output, new WordText("", RunFormat.None));
                    break;
                }
                if (frame.DropDownEntry is { } entry && frame.Kind == "FORMDROPDOWN"
                    && !frame.Result.OfType<WordText>().Any(t => t.Text.Trim().Length > 0))
                {
                    // Word shows the chosen entry of a drop-down form field, and writers (LibreOffice among them)
                    // often leave the field result empty: the entry is the text.
                    frame.Result.Add(new WordText(entry, RunFormat.None));
                }
                Emit(output, MakeField(frame.Instruction.ToString(), frame.Result, frame.Dirty));
                break;
        }
    }

    /// <summary>The entry a drop-down form field shows: w:result (0-based), else w:default, else the first.</summary>
    private static string? DropDownEntry(XElement fldChar)
    {
        var list = fldChar.Element(W.N("ffData"))?.Element(W.N("ddList"));
        if (list is null)
        {
            return null;
        }
        var entries = list.Elements(W.N("listEntry")).Select(e => W.Attr(e, "val") ?? "").ToList();
        var index = W.IntVal(list, "result") ?? W.IntVal(list, "default") ?? 0;
        return index >= 0 && index < entries.Count ? entries[index] : null;
    }

    /// <summary>An on/off attribute (w:dirty="true", "1", "on"; absent is off).</summary>
    private static bool IsOn(XElement element, string name) => W.Attr(element, name) is "true" or "1" or "on";

    private static WordInline MakeField(string instruction, List<WordInline> result, bool dirty)
    {
        var trimmed = instruction.Trim();
        if (trimmed.StartsWith("HYPERLINK", StringComparison.OrdinalIgnoreCase))
        {
            var parts = SplitInstruction(trimmed);
            string? url = null, anchor = null;
            for (var i = 1; i < parts.Count; i++)
            {
                if (parts[i] == "\\l" && i + 1 < parts.Count)
                {
                    anchor = parts[++i];
                }
                else if (!parts[i].StartsWith('\\') && url is null)
                {
                    url = parts[i];
                }
            }
            return new WordHyperlink(url, anchor, result);
        }
        return new WordField(trimmed, result) { Dirty = dirty };
    }

    private static List<string> SplitInstruction(string instruction)
    {
        var parts = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        foreach (var ch in instruction)
        {
            if (ch == '"')
            {
                quoted = !quoted;
                continue;
            }
            if (char.IsWhiteSpace(ch) && !quoted)
            {
                if (sb.Length > 0)
                {
                    parts.Add(sb.ToString());
                    sb.Clear();
                }
                continue;
            }
            sb.Append(ch);
        }
        if (sb.Length > 0)
        {
            parts.Add(sb.ToString());
        }
        return parts;
    }

    /// <summary>Sends an inline to the innermost open field result, to nothing while a field instruction is being read, or to the output.</summary>
    private void Emit(List<WordInline> output, WordInline inline)
    {
        if (fields.Count > 0)
        {
            var top = fields.Peek();
            if (!top.InResult)
            {
                return; // runs between begin and separate are the instruction, not shown text
            }
            if (!top.Spanning)
            {
                top.Result.Add(inline);
                return;
            }
        }
        output.Add(inline);
    }

    /// <summary>At the end of a paragraph, results of fields still open are shown in this paragraph; they go on in the next.</summary>
    private void FlushSpanningFields(List<WordInline> paragraphInlines)
    {
        if (fields.Count == 0)
        {
            return;
        }
        foreach (var frame in fields.Reverse())
        {
            if (frame.InResult && !frame.Spanning)
            {
                paragraphInlines.AddRange(frame.Result);
                frame.Result.Clear();
                frame.Spanning = true;
            }
            else if (!frame.InResult)
            {
                frame.Spanning = true;
            }
        }
    }

    private void CloseOpenFields()
    {
        fields.Clear();
    }
}
