using Wuzhong.Infrastructure.Import;

namespace Wuzhong.Infrastructure.Tests.Import;

public class PlanTextReaderTests
{
    [Fact]
    public void Reads_the_preamble_of_the_notice()
    {
        var text = PlanTextReader.Read(TestData.SmallPlan());

        Assert.Equal(new PlanPreamble("吴政发〔2024〕9号", "苏州市吴中区人民政府2024年主要工作任务分解方案", "苏州市吴中区人民政府", 2024), text.Preamble);
    }

    [Fact]
    public void Skips_the_header_repeated_at_a_page_break_and_marks_the_next_row_as_a_page_start()
    {
        var text = PlanTextReader.Read(TestData.Plan(
            TestData.Row("二、工作任务分解", "", "", "", "", ""),
            TestData.Row("(一) 工程", "", "", "", "", ""),
            "",
            TestData.Header,
            TestData.Row("1", "组", "(1) 任务。", "★水务局", "——", "周学斌")));

        Assert.Equal([13], text.RepeatedHeaderLines);
        Assert.Equal([true, false, true], text.Rows.Select(r => r.StartsPage));
        Assert.Equal(14, text.Rows[2].Line);
    }

    [Fact]
    public void A_row_with_the_wrong_column_count_fails_with_its_line_number()
    {
        var broken = TestData.Plan(TestData.Row("二、工作任务分解", "", "", "", "", ""), "1\t组\t(1) 任务。\t★水务局\t——");

        var error = Assert.Throws<PlanImportException>(() => PlanTextReader.Read(broken));

        Assert.Equal(11, error.Line);
        Assert.Contains("expected 6 TAB-separated columns", error.Message);
        Assert.Contains("found 5", error.Message);
    }

    [Fact]
    public void A_text_without_the_table_header_is_refused()
    {
        var error = Assert.Throws<PlanImportException>(() => PlanTextReader.Read("吴政发〔2024〕9号\n随便什么\n"));

        Assert.Contains("no table header", error.Message);
    }

    [Fact]
    public void A_text_without_a_document_code_is_refused()
    {
        var error = Assert.Throws<PlanImportException>(() => PlanTextReader.Read("某某文件\n" + TestData.Header + "\n"));

        Assert.Contains("no document code", error.Message);
    }
}
