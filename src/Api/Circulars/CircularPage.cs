using System.Net;
using System.Text;

namespace Wuzhong.Api.Circulars;

/// <summary>
/// The circular as a print-ready page (<c>/dashboard/circular?period=…</c>): the same layout as the Word document,
/// on A4 with the title row of each table repeated on every printed page and no row split; nothing but the page
/// itself (no script: the browser's print prints it), within the dashboard's content security policy.
/// </summary>
public static class CircularPage
{
    private const string Style = """
        @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
        body { font-family: FangSong, "仿宋", "STFangsong", serif; font-size: 16pt; line-height: 1.75; color: #000; background: #fff; margin: 0 auto; max-width: 156mm; padding: 1rem; }
        h1 { font-family: "方正小标宋简体", "SimSun", "宋体", serif; font-size: 22pt; text-align: center; margin: 0; line-height: 1.5; }
        .subtitle, .office { text-align: center; margin: 0; }
        h2 { font-family: SimHei, "黑体", sans-serif; font-size: 16pt; font-weight: normal; margin: 0.5em 0 0; text-indent: 2em; }
        p { text-indent: 2em; margin: 0; text-align: justify; }
        table { border-collapse: collapse; width: 100%; margin: 0.4em 0; font-family: SimSun, "宋体", serif; font-size: 10.5pt; line-height: 1.4; }
        th, td { border: 1px solid #000; padding: 2px 4px; vertical-align: middle; }
        th { font-weight: bold; text-align: center; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        .actions { text-indent: 0; font-family: sans-serif; font-size: 11pt; margin-bottom: 1em; }
        .actions a { color: #0b5394; }
        @media print { .actions { display: none; } body { padding: 0; max-width: none; } }
        """;

    /// <param name="wordFile">Where the Word version of the same circular is downloaded.</param>
    public static string Html(CircularLayout circular, string wordFile)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Encode(circular.Title + circular.Subtitle)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n");
        html.Append("<p class=\"actions\"><a href=\"").Append(Encode(wordFile)).Append("\">下载 Word 版</a> · 用浏览器的“打印”（Ctrl+P）打印或存为 PDF</p>\n");
        html.Append("<h1>").Append(Encode(circular.Title)).Append("</h1>\n");
        html.Append("<p class=\"subtitle\">").Append(Encode(circular.Subtitle)).Append("</p>\n");
        html.Append("<p class=\"office\">").Append(Encode($"{circular.Office}　{circular.IssuedOn}")).Append("</p>\n");
        foreach (var section in circular.Sections)
        {
            html.Append("<section>\n<h2>").Append(Encode(section.Heading)).Append("</h2>\n");
            foreach (var text in section.Paragraphs)
            {
                html.Append("<p>").Append(Encode(text)).Append("</p>\n");
            }
            if (section.Table is { } table)
            {
                html.Append("<table>\n<thead><tr>");
                foreach (var title in table.Header)
                {
                    html.Append("<th scope=\"col\">").Append(Encode(title)).Append("</th>");
                }
                html.Append("</tr></thead>\n<tbody>\n");
                foreach (var row in table.Rows)
                {
                    html.Append("<tr>");
                    foreach (var cell in row)
                    {
                        html.Append("<td>").Append(Encode(cell)).Append("</td>");
                    }
                    html.Append("</tr>\n");
                }
                html.Append("</tbody>\n</table>\n");
            }
            html.Append("</section>\n");
        }
        html.Append("<p>").Append(Encode(circular.Closing)).Append("</p>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
