namespace Wuzhong.Infrastructure.Import.Documents;

/// <summary>
/// One cell of a published table: its text (paragraphs joined by line breaks), and whether it only continues a
/// cell merged down from the row above (Word's vMerge, Excel's merged range, HTML's rowspan), which holds the text.
/// </summary>
public sealed record DocumentCell(string Text, bool ContinuesAbove = false)
{
    public static readonly DocumentCell Empty = new("");
}
