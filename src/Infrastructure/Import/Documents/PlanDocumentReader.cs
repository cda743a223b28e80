using System.IO.Compression;

namespace Wuzhong.Infrastructure.Import.Documents;

/// <summary>
/// Reads a plan file in any of the forms it is published and kept in, told by its content (a renamed file still
/// reads): a PDF's text layer, Word .docx and Excel .xlsx (ZIP packages, told apart by their parts), Excel .xls (an OLE
/// compound file), a web page, and text in any of the encodings Chinese offices write (TAB-separated or CSV).
/// </summary>
public static class PlanDocumentReader
{
    public static PlanDocument Read(byte[] bytes, string fileName)
    {
        ReadOnlySpan<byte> head = bytes.AsSpan(0, Math.Min(bytes.Length, 8));
        if (head.StartsWith("%PDF"u8))
        {
            return Guard("PDF", () => PdfDocumentReader.Read(bytes));
        }
        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return ReadPackage(bytes);
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            if (Path.GetExtension(fileName).Equals(".doc", StringComparison.OrdinalIgnoreCase))
            {
                throw new PlanImportException(0, "an old Word document (.doc) is not read: save it as .docx and import that");
            }
            return Guard("Excel (.xls)", () => SpreadsheetDocumentReader.Read(new MemoryStream(bytes), legacyFormat: true));
        }

        var (text, encoding) = TextDecoding.Decode(bytes);
        return IsHtml(text, fileName) ? HtmlDocumentReader.Read(text) : TextDocumentReader.Read(text, encoding, fileName);
    }

    private static PlanDocument ReadPackage(byte[] bytes)
    {
        using (var zip = OpenZip(bytes))
        {
            if (zip.GetEntry("word/document.xml") is not null)
            {
                return Guard("Word (.docx)", () => WordDocumentReader.Read(new MemoryStream(bytes)));
            }
            if (zip.GetEntry("xl/workbook.xml") is not null)
            {
                return Guard("Excel (.xlsx)", () => SpreadsheetDocumentReader.Read(new MemoryStream(bytes), legacyFormat: false));
            }
        }
        throw new PlanImportException(0, "a ZIP package that is neither a Word (.docx) nor an Excel (.xlsx) document");
    }

    private static ZipArchive OpenZip(byte[] bytes)
    {
        try
        {
            return new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw new PlanImportException(0, $"the file looks like a Word or Excel document but is damaged ({e.Message})");
        }
    }

    /// <summary>A damaged file of a known format is a message about the file, not a stack trace.</summary>
    private static PlanDocument Guard(string format, Func<PlanDocument> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not PlanImportException and not OutOfMemoryException)
        {
            throw new PlanImportException(0, $"the {format} document cannot be read: {e.Message}");
        }
    }

    private static bool IsHtml(string text, string fileName)
    {
        var extension = Path.GetExtension(fileName);
        if (extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
