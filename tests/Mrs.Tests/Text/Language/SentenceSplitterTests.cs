using Mrs.Text.Language;

namespace Mrs.Tests.Text.Language;

public class SentenceSplitterTests
{
    [Theory]
    [InlineData("One. Two.", "One. | Two.")]
    [InlineData("Use e.g. ISO 9001:2015 here. Next.", "Use e.g. ISO 9001:2015 here. | Next.")]
    [InlineData("Values in 5.2 apply. Next one.", "Values in 5.2 apply. | Next one.")]
    [InlineData("Sand, dust, etc. The rest.", "Sand, dust, etc. | The rest.")]
    [InlineData("Sand, dust, etc. and more.", "Sand, dust, etc. and more.")]
    [InlineData("That is, i.e. The same.", "That is, i.e. The same.")]
    [InlineData("(Oryza sativa L.). Next.", "(Oryza sativa L.). | Next.")]
    [InlineData("See www.iso.org for details. Next.", "See www.iso.org for details. | Next.")]
    [InlineData("See No. 5 here. Next.", "See No. 5 here. | Next.")]
    [InlineData("He said “Stop.” Then left.", "He said “Stop.” | Then left.")]
    [InlineData("Is it dry? Yes! Done.", "Is it dry? | Yes! | Done.")]
    [InlineData("Wait... Then go.", "Wait... | Then go.")]
    [InlineData("Items a; b; c.", "Items a; b; c.")]
    [InlineData("First line\nsame sentence.", "First line\nsame sentence.")]
    [InlineData("First paragraph\n\nSecond paragraph", "First paragraph | Second paragraph")]
    [InlineData("第一句。第二句！第三句？", "第一句。 | 第二句！ | 第三句？")]
    [InlineData("第一句；第二句。", "第一句；第二句。")]
    [InlineData("版本２．０已发布．下一句。", "版本２．０已发布． | 下一句。")]
    [InlineData("他说：“应干燥。”然后离开。", "他说：“应干燥。” | 然后离开。")]
    [InlineData("The text shall apply.本文件适用。", "The text shall apply. | 本文件适用。")]
    [InlineData("见5.2。", "见5.2。")]
    [InlineData("温度、湿度……等因素应记录。", "温度、湿度……等因素应记录。")]
    [InlineData(". ; 。", "")]
    public void Splits_at_sentence_ends_only(string text, string expected) =>
        Assert.Equal(expected, string.Join(" | ", SentenceSplitter.Split(text)));
}
