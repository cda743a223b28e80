using Wuzhong.Infrastructure.Import;

namespace Wuzhong.Infrastructure.Tests.Import;

public class NameListParserTests
{
    private readonly ImportReport _report = new();

    private NameListParser Departments() => new(new NameResolver("department",
        TestData.Reference.Departments.Select(d => (d.Name, d.Aliases.AsEnumerable()))), _report);

    private NameListParser Leaders() => new(new NameResolver("leader",
        TestData.Reference.Leaders.Select(l => (l.Name, l.Aliases.AsEnumerable()))), _report);

    private static string Show(IEnumerable<ResolvedName> names) => string.Join(",", names.Select(n => (n.IsLead ? "★" : "") + n.Name));

    [Theory]
    [InlineData("★资规分局、发改委，工信局,科技局 交运局", "★资规分局,发改委,工信局,科技局,交运局")]
    [InlineData("★污防攻坚办、 ★水务局、★资规分局", "★污防攻坚办,★水务局,★资规分局")]
    [InlineData("★ 水务局", "★水务局")]
    [InlineData("生态环境局", "生态环境局")]
    public void Reads_mixed_separators_and_lead_marks(string cell, string expected)
    {
        Assert.Equal(expected, Show(Departments().Parse(cell, 7, "主要责任部门")));
        Assert.Empty(_report.Corrections);
    }

    [Theory]
    [InlineData("——")]
    [InlineData("_____")]
    [InlineData("")]
    [InlineData("  —— ")]
    public void A_placeholder_names_no_one(string cell) => Assert.Empty(Departments().Parse(cell, 1, "主要责任部门"));

    [Fact]
    public void A_long_name_is_merged_with_its_canonical_short_name()
    {
        Assert.Equal("★文体旅局", Show(Departments().Parse("★文体旅游局", 9, "主要责任部门")));
        var correction = Assert.Single(_report.Corrections);
        Assert.Equal((9, CorrectionKind.AliasResolved), (correction.Line, correction.Kind));
    }

    [Fact]
    public void A_stray_space_inside_a_name_is_joined()
    {
        Assert.Equal("周学斌,李烨", Show(Leaders().Parse("周学斌 李 烨", 3, "分管区领导")));
        Assert.Equal(CorrectionKind.StraySpaceRemoved, Assert.Single(_report.Corrections).Kind);
    }

    [Fact]
    public void A_collective_name_containing_a_separator_and_a_stray_space_is_read_whole()
    {
        Assert.Equal("★纪委（监委）,各部门、单位", Show(Departments().Parse("★纪委（监委），各 部门、单位", 4, "主要责任部门")));
        Assert.Equal(CorrectionKind.StraySpaceRemoved, Assert.Single(_report.Corrections).Kind);
    }

    [Fact]
    public void A_name_cut_short_is_completed_when_only_one_name_fits()
    {
        Assert.Equal("张伟,李烨", Show(Leaders().Parse("张伟 烨", 5, "分管区领导")));
        Assert.Equal(CorrectionKind.NameCutShort, Assert.Single(_report.Corrections).Kind);
    }

    [Fact]
    public void A_misprint_known_as_an_alias_is_resolved_and_reported()
    {
        Assert.Equal("★发改委,资规分局", Show(Departments().Parse("★发改委、法规分局", 6, "主要责任部门")));
        Assert.Equal(CorrectionKind.AliasResolved, Assert.Single(_report.Corrections).Kind);
    }

    [Theory]
    [InlineData("区税务局")] // one character from 区商务局, which is another bureau
    [InlineData("某务局")] // one character from 商务局, 税务局 and 水务局
    [InlineData("法规分处")] // one character from the alias 法规分局
    public void A_name_one_character_from_a_known_one_is_never_guessed(string name)
    {
        Assert.Empty(Departments().Parse(name, 12, "主要责任部门"));

        Assert.Equal(new UnknownName(12, "department", name, "主要责任部门"), Assert.Single(_report.UnknownNames));
        Assert.Empty(_report.Corrections);
    }

    [Fact]
    public void A_department_followed_by_its_collective_entry_is_split()
    {
        Assert.Equal("★应急局,住建局,交运局,安委会成员单位", Show(Departments().Parse("★应急局、住建局、交运局等安委会成员单位", 8, "主要责任部门")));
        Assert.Equal(CorrectionKind.CollectiveSplit, Assert.Single(_report.Corrections).Kind);
    }

    [Fact]
    public void A_name_listed_twice_under_two_spellings_is_kept_once_with_its_lead_mark()
    {
        Assert.Equal("★财政局（国资办）", Show(Departments().Parse("财政局、★财政局（国资办）", 2, "主要责任部门")));
        Assert.Contains(_report.Corrections, c => c.Kind == CorrectionKind.DuplicateNameDropped);
    }

    [Fact]
    public void Every_unknown_name_is_listed_with_its_line_and_column_and_the_known_ones_still_read()
    {
        var names = Departments().Parse("★水务局、外星事务局、月球办", 42, "主要责任部门");

        Assert.Equal("★水务局", Show(names));
        Assert.Equal([new UnknownName(42, "department", "外星事务局", "主要责任部门"), new UnknownName(42, "department", "月球办", "主要责任部门")],
            _report.UnknownNames);
    }
}
