namespace Wuzhong.Infrastructure.Import.Documents;

/// <summary>
/// What a published document is made of, in reading order, whatever its format: paragraphs and table rows. Each
/// carries its place in the source (<see cref="PlanDocument.Where"/> says it in the document's terms).
/// </summary>
public abstract record DocumentBlock(int Line);

/// <summary>A paragraph of running text: a heading, a line of the notice, an item of a list.</summary>
public sealed record DocumentParagraph(int Line, string Text) : DocumentBlock(Line);

/// <summary>A row of a table, its cells in column order (a cell spanning columns is followed by empty ones).</summary>
public sealed record DocumentRow(int Line, IReadOnlyList<DocumentCell> Cells) : DocumentBlock(Line);
