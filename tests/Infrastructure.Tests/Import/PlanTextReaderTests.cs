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

    [Theory]
    [InlineData("苏州市吴江区人民政府2024年重点工作任务分解方案", "苏州市吴江区人民政府2024年重点工作任务分解方案", "苏州市吴江区人民政府", 2024)]
    [InlineData("关于印发2023年区政府重点工作任务安排的通知\n（此件公开发布）\n某某区人民政府", "关于印发2023年区政府重点工作任务安排的通知", "某某区人民政府", 2023)]
    public void A_notice_without_a_document_code_reads_its_title_issuer_and_year(string notice, string title, string issuer, int year)
    {
        var text = PlanTextReader.Read(notice + "\n" + TestData.Header + "\n");

        Assert.Equal(new PlanPreamble(null, title, issuer, year), text.Preamble);
    }

    [Theory]
    [InlineData("吴政发[2024]9号")]
    [InlineData("吴政发（2024）9号")]
    [InlineData("吴政发 〔2024〕 9号")]
    public void A_document_code_printed_with_other_brackets_is_read_as_one(string code)
    {
        var text = PlanTextReader.Read("苏州市吴中区人民政府文件\n" + code + "\n苏州市吴中区人民政府2024年主要工作任务分解方案\n" + TestData.Header + "\n");

        Assert.Equal("吴政发〔2024〕9号", text.Preamble.Code);
    }

    [Fact]
    public void A_notice_that_names_no_year_is_refused_saying_so()
    {
        var error = Assert.Throws<PlanImportException>(() => PlanTextReader.Read("某某文件\n工作任务分解方案\n" + TestData.Header + "\n"));

        Assert.Contains("the year of the plan", error.Message);
    }
}
