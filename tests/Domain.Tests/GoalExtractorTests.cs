using Wuzhong.Domain.Goals;

namespace Wuzhong.Domain.Tests;

public class GoalExtractorTests
{
    private static IEnumerable<string> Goals(string text) =>
        GoalExtractor.Extract(text).Goals.Select(g => $"{g.Name} {g.Comparison} {g.Value} {g.Unit}");

    [Theory]
    [InlineData("地区生产总值增长 6%左右", "地区生产总值增长 About 6 %")]
    [InlineData("一般公共预算收入增长 6%以上", "一般公共预算收入增长 AtLeast 6 %")]
    [InlineData("工业投资增长 20%", "工业投资增长 Reach 20 %")]
    [InlineData("高校毕业生就业率 95% 以上", "高校毕业生就业率 AtLeast 95 %")]
    [InlineData("力争村均集体经济可支配收入达 1800 万元", "力争村均集体经济可支配收入 Reach 1800 万元")]
    [InlineData("建成中心城区 2.74 平方公里水环境综合治理示范区", "建成中心城区 Reach 2.74 平方公里")]
    [InlineData("城镇调查失业率控制在4.5%以内", "城镇调查失业率 AtMost 4.5 %")]
    [InlineData("单位地区生产总值能耗不超过 0.3 吨标准煤", "单位地区生产总值能耗 AtMost 0.3 吨标准煤")]
    [InlineData("PM2.5平均浓度 30 微克每立方米以下，化肥施用量减少 500 吨", "化肥施用量减少 Reach 500 吨")]
    public void Reads_one_goal_with_its_comparison_and_unit(string text, string goal) => Assert.Equal([goal], Goals(text));

    [Fact]
    public void Reads_every_goal_of_a_text_in_order()
    {
        Assert.Equal(
            ["新增光伏装机 Reach 50 兆瓦", "新建污水管网 Reach 12 公里", "处置固废 Reach 3.5 万吨", "城镇登记失业率 AtMost 3 %"],
            Goals("新增光伏装机 50 兆瓦、新建污水管网 12 公里、处置固废 3.5 万吨，城镇登记失业率 3%以下"));
        Assert.Equal(
            ["新增公共停车泊位 Reach 3700 个", "改建公厕 Reach 21 座", "创建省级垃圾分类达标小区 Reach 2 个", "道路环卫机械化清扫率 Over 95 %"],
            Goals("新增公共停车泊位 3700 个，新、改建公厕 21 座，创建省级垃圾分类达标小区 2 个，道路环卫机械化清扫率超 95%。"));
        Assert.Equal(
            ["高新技术产业产值 Over 1400 亿元", "高新技术企业 Over 1400 家", "招引创新型企业 Over 1400 家"],
            Goals("高新技术产业产值超 1400 亿元、高新技术企业超 1400 家、招引创新型企业超 1400 家"));
    }

    [Theory]
    [InlineData("积极推进通苏嘉甬铁路、轨道7号线建设")]
    [InlineData("持续壮大“3+3+3”产业创新集群")]
    [InlineData("推动 PM2.5 和臭氧浓度“双减双控”")]
    [InlineData("全面消除劣V类水体")]
    public void Numbers_that_name_things_are_no_goals(string text)
    {
        var extraction = GoalExtractor.Extract(text);

        Assert.Empty(extraction.Goals);
        Assert.Empty(extraction.Unread);
    }

    [Fact]
    public void A_number_without_a_unit_is_returned_as_unread() =>
        Assert.Equal(["，投用橙天 360 剧场、太湖"], GoalExtractor.Extract("深化合作，投用橙天 360 剧场、太湖新城快手电竞馆。").Unread);

    [Theory]
    [InlineData(GoalComparison.AtMost, 4.5, 4.2, true)] // a ceiling: under it is met
    [InlineData(GoalComparison.AtMost, 4.5, 4.6, false)]
    [InlineData(GoalComparison.Over, 95, 95, false)]
    [InlineData(GoalComparison.AtLeast, 6, 6, true)]
    public void A_figure_meets_a_goal_by_its_comparison(GoalComparison comparison, double value, double figure, bool met) =>
        Assert.Equal(met, Goal.IsMet(comparison, (decimal)value, (decimal)figure));
}
