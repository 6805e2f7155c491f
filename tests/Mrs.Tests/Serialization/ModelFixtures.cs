using Mrs.Model;

namespace Mrs.Tests.Serialization;

/// <summary>Models built in code that use every type of the clause model, with text chosen to trip up YAML writers.</summary>
public static class ModelFixtures
{
    /// <summary>Strings that YAML would misread if written plainly, or that need escapes.</summary>
    public static readonly string[] AwkwardStrings =
    [
        "4.1", "5", "0.10", "1e3", "-1", "+1", ".5", "0x1F", "0o17", "yes", "No", "on", "OFF", "y", "n", "true", "False", "null",
        "~", "", " leading space", "trailing space ", "- dash start", "# hash start", "key: value", "a #comment", "ends with colon:",
        "[bracket", "{brace", "*star", "&amp", "!bang", "|pipe", ">gt", "'single'", "\"double\"", "%percent", "@at", "`tick",
        "line one\nline two", "trailing newline\n", "two trailing\n\n", "\nleading newline", "tab\there", "\ttab start",
        "cr\r\nlf", "nul\0char", "bell\u0007", "del\u007f", "nel\u0085", "ls\u2028ps\u2029", "bom\ufeffinside", "nbsp\u00a0x",
        "中文：冒号", "第5.2条 应符合表1的规定。", "GB/T 1.1—2020", "ISO 17301-1:2016", "emoji 😀 and 𠀀 (CJK Ext B)",
        "2020-03-31", "12:30", "---", "...", "<<", "=", "back\\slash", "multi\nline with trailing space \nend",
        "  indented\nlines", "*emphasis* and \\*literal\\*", "[5.2](#clause-5.2)",
    ];

    public static StandardDocument KitchenSink()
    {
        var awkward = AwkwardStrings.Select((s, i) => (Block)new Paragraph { Id = $"p-{i}", Text = s }).ToList();
        var note = new Note { Id = "note-1", Number = "1", Blocks = [new Paragraph { Text = "注的内容。" }] };
        return new StandardDocument
        {
            Metadata = new Metadata
            {
                Identifier = "GB/T 99999.1—2026",
                Kind = DocumentKind.Standard,
                Level = DocumentLevel.National,
                Titles =
                [
                    new Title { Language = "zh-CN", Intro = "信息技术", Main = "标准文件", Part = "第1部分：条款模型" },
                    new Title { Language = "en", Intro = "Information technology", Main = "Standard documents", Part = "Part 1: Clause model" },
                ],
                Ics = ["35.240.30"],
                Ccs = ["L 70"],
                Stage = "征求意见稿",
                Status = DocumentStatus.Draft,
                PublicationDate = "2026-01-01",
                ImplementationDate = "2026-07-01",
                IssuingBodies = ["国家市场监督管理总局", "国家标准化管理委员会"],
                Supersedes = ["GB/T 99999.1—2010"],
                Adoptions = [new Adoption { Identifier = "ISO 99999-1:2025", Degree = AdoptionDegree.Mod, Title = "Clause model" }],
                Languages = ["zh-CN"],
                Committee = new Committee { Identifier = "SAC/TC 28", Name = "全国信息技术标准化技术委员会" },
                ProposedBy = "中国电子技术标准化研究院",
                FilingNumber = "12345-2026",
                DraftingOrganizations = ["某某研究院"],
                Drafters = ["张三", "李四"],
                OtherFields = [new MetadataField { Name = "标准文件_文件编号", Value = "GB/T 99999.1—2026" }],
            },
            Preface =
            [
                new Section { Id = "foreword", Kind = SectionKind.Foreword, Title = "前言",
                    Blocks = [new Paragraph { Text = "本文件按照GB/T 1.1—2020的规定起草。" }] },
                new Section
                {
                    Id = "introduction", Kind = SectionKind.Introduction, Title = "引言",
                    Clauses = [new Clause { Id = "clause-0.1", Number = "0.1", Title = "总则", Blocks = [new Paragraph { Text = "引言内容。" }] }],
                },
            ],
            Clauses =
            [
                new Clause { Id = "clause-1", Number = "1", Title = "范围", Kind = ClauseKind.Scope, Blocks = awkward },
                new Clause
                {
                    Id = "clause-2", Number = "2", Title = "规范性引用文件", Kind = ClauseKind.NormativeReferences,
                    Blocks = [new Paragraph { Text = "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。" }],
                    References =
                    [
                        new ReferenceEntry { Id = "ref-GB-T-1.1-2020", Identifier = "GB/T 1.1—2020", Year = "2020", Title = "标准化工作导则",
                            Text = "GB/T 1.1—2020　标准化工作导则", Footnote = "脚注" , Url = "https://example.org/x" },
                    ],
                },
                new Clause
                {
                    Id = "clause-3", Number = "3", Title = "术语和定义", Kind = ClauseKind.TermsAndDefinitions,
                    Terms =
                    [
                        new TermEntry
                        {
                            Id = "term-3.1", Number = "3.1",
                            Preferred = [new Designation { Text = "条款模型" }],
                            Admitted = [new Designation { Text = "条款树" }],
                            Deprecated = [new Designation { Text = "段落树" }],
                            Equivalents = [new Designation { Text = "clause model", Language = "en" }],
                            Abbreviation = "CM", Domain = "标准化",
                            Definition = "表示标准文件结构的树",
                            Blocks = [new DefinitionList { Items = [new DefinitionItem { Term = "a", Definition = "b" }] }],
                            Examples = [new Example { Number = "1", Title = "示例标题", Blocks = [new Paragraph { Text = "示例。" }] }],
                            Notes = [note],
                            Sources = [new TermSource { Reference = "GB/T 20000.1—2014", Locality = "3.1", Modified = true, Modification = "修改了定义",
                                Text = "[来源：GB/T 20000.1—2014，3.1，有修改]" }],
                        },
                    ],
                },
                new Clause
                {
                    Id = "clause-4", Number = "4", Title = "要求",
                    Clauses =
                    [
                        new Clause
                        {
                            Id = "clause-4.1", Number = "4.1",
                            Blocks =
                            [
                                new Paragraph { Text = "系统应符合[表1](#table-1)。",
                                    Provisions = [new Provision { Kind = ProvisionKind.Requirement, Form = "应", Sentence = 1 }] },
                                new ListBlock
                                {
                                    Ordered = true, Marker = ListMarker.LowerLetter,
                                    Items =
                                    [
                                        new ListItem { Label = "a)", Text = "第一项；",
                                            Provisions = [new Provision { Kind = ProvisionKind.Requirement, Form = "不应", Negative = true,
                                                    Sentence = 1 }] },
                                        new ListItem { Label = "b)", Text = "第二项。",
                                            Blocks = [new ListBlock { Marker = ListMarker.Dash,
                                                    Items = [new ListItem { Label = "——", Text = "嵌套" }] }] },
                                    ],
                                },
                                note,
                                new Example { Id = "example-1", Blocks = [new Paragraph { Text = "示例。" }] },
                                new Table
                                {
                                    Id = "table-1", Number = "1", Title = "参数", HeaderRows = 1, ColumnWidths = [0.3, 0.7],
                                    Rows =
                                    [
                                        new TableRow { Cells = [new TableCell { Text = "名称", Header = true, Align = CellAlignment.Center },
                                            new TableCell { Text = "值", Header = true }] },
                                        new TableRow { Cells = [new TableCell { Text = "跨两列", ColSpan = 2, RowSpan = 1 }] },
                                        new TableRow { Cells = [new TableCell { Blocks = [new Paragraph { Text = "一" },
                                            new Paragraph { Text = "二" }] }, new TableCell { Text = "x^2^ H~2~O" }] },
                                    ],
                                    Notes = [new Note { Blocks = [new Paragraph { Text = "表注。" }] }],
                                    Footnotes = [new Footnote { Id = "table-1-fn-a", Mark = "a", Blocks = [new Paragraph { Text = "表脚注。" }] }],
                                },
                                new Figure
                                {
                                    Id = "figure-1", Number = "1", Title = "结构",
                                    Images = [new Image { Asset = "img-1", Alt = "结构图", WidthMm = 120.5, HeightMm = 80 }],
                                    Key = [new DefinitionItem { Term = "1", Definition = "条" }],
                                    Notes = [new Note { Blocks = [new Paragraph { Text = "图注。" }] }],
                                },
                                new Formula
                                {
                                    Id = "formula-1", Number = "1",
                                        MathMl = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi>"
                                        + "<mn>2</mn></msup></math>",
                                    Latex = "E = mc^2", Text = "E = mc2",
                                    Where = [new DefinitionItem { Term = "$E$", Definition = "能量" }],
                                    Image = new Image { Asset = "img-1" },
                                },
                                new CodeBlock { Language = "json", Text = "{\n  \"a\": 1\n}" },
                                new RawBlock { Kind = "textbox", Origin = "docx paragraph 12", Text = "文本框", Format = "application/xml",
                                    Content = "<w:txbxContent/>" },
                            ],
                        },
                        new Clause { Id = "clause-4.2", Number = "4.2", Blocks = [new Paragraph { Text = "内容[^fn-1]。" }], Suppress = ["STRUCT-001"] },
                    ],
                },
            ],
            Annexes =
            [
                new Annex
                {
                    Id = "annex-A", Letter = "A", Label = "附录A", Obligation = AnnexObligation.Normative, Title = "附加要求",
                    Blocks = [new Paragraph { Text = "附录内容。" }],
                    Clauses = [new Clause { Id = "clause-A.1", Number = "A.1", Title = "一", Blocks = [new Paragraph { Text = "x" }] }],
                },
            ],
            Bibliography = new Bibliography
            {
                Id = "bibliography", Title = "参考文献",
                Entries = [new ReferenceEntry { Id = "ref-1", Label = "[1]", Identifier = "ISO 9000", Text = "ISO 9000　Quality management" }],
            },
            Index = new Section { Id = "index", Kind = SectionKind.Index, Title = "索引", Blocks = [new Paragraph { Text = "条款模型 3.1" }] },
            Footnotes = [new Footnote { Id = "fn-1", Mark = "1", Endnote = false, Blocks = [new Paragraph { Text = "脚注内容。" }] }],
            Assets = [new Asset { Id = "img-1", Path = "assets/0000.png", MediaType = "image/png", Sha256 = new string('a', 64),
                NeedsConversion = false }],
            Source = new SourceInfo
            {
                File = "x.docx", Format = "docx", Sha256 = new string('b', 64), Profile = "gbt", Generator = "mrs 0.1.0",
                Conversions = ["LibreOffice"]
            },
        };
    }
}
