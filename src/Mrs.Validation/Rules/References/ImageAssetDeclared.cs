using Mrs.Model;
using Mrs.Validation.Rules.Blocks;

namespace Mrs.Validation.Rules.References;

public sealed class ImageAssetDeclared : Rule
{
    private static readonly RuleMessage Undeclared = new(
        "An image of {0} refers to the asset “{1}”, which the document's assets do not list; the picture would be missing from every output.",
        "{0}中的图像引用了资源“{1}”，但文件的资源列表中没有该资源；各种输出中都将缺少这幅图。");

    public override RuleMetadata Metadata { get; } = new("REF-014", "ImageAssetDeclared", Severity.Error, RuleFamilies.All,
        Summary: "Every image refers to an asset listed in the document's assets, so that no picture goes missing.",
        SummaryZh: "每幅图像引用的资源均列于文件的资源列表中，不缺图。",
        // The figure clauses require every figure to be given; a picture the model cannot find is a figure not given.
        Messages: [Undeclared], Gbt: new("9.7", Unsure: true), Iso: new("Clause 28", Unsure: true));

    public override void Check(RuleContext context)
    {
        var declared = context.Document.Assets.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var node in context.Index.Blocks)
        {
            if (node.Block is not Figure figure)
            {
                continue;
            }
            foreach (var image in figure.Images.Where(i => !declared.Contains(i.Asset)))
            {
                context.Report(node, Undeclared, BlockNames.Of(figure), image.Asset);
            }
        }
    }
}
