namespace Wuzhong.Infrastructure.Import.Documents;

/// <summary>
/// A plan document read from its file into the one form the layout readers share: paragraphs and table rows in
/// reading order. <see cref="Format"/> names what it was read from; <see cref="Where"/> turns a block's line into the
/// place a person finds in that file (a line of a text, a row of a sheet, a paragraph of a Word document).
/// </summary>
public sealed record PlanDocument(string Format, IReadOnlyList<DocumentBlock> Blocks, Func<int, string>? Locate = null)
{
    /// <summary>
    /// Whether a table row must hold exactly as many cells as the header: true for TAB-separated text, where a
    /// missing TAB shifts every later cell into the wrong column; false where cells are delimited by the format.
    /// </summary>
    public bool FixedRowWidth { get; init; }

    public string Where(int line) => Locate?.Invoke(line) ?? $"line {line}";
}
