using System.Text;

namespace Wuzhong.Infrastructure.Import;

/// <summary>
/// Writes plausible plans in the published text format (deterministic for a seed), for benchmarks and for tests
/// that need more data than the 2023 plan: the names come from the reference data, the shape from the real plan
/// (sections of groups of tasks, 1–6 departments with 1–2 leads, 0–3 districts, 0–2 leaders).
/// </summary>
public static class SyntheticPlanGenerator
{
    public sealed record PlanShape(string Code, int Year, int TaskCount, int Seed)
    {
        /// <summary>A department every task names (as a supporting one), e.g. to make a query match every row.</summary>
        public string? EveryTaskDepartment { get; init; }

        /// <summary>A district every task names.</summary>
        public string? EveryTaskDistrict { get; init; }

        public int TasksPerGroup { get; init; } = 6;
        public int GroupsPerSection { get; init; } = 3;
    }

    public static string Generate(ReferenceData reference, PlanShape options)
    {
        var random = new Random(options.Seed);
        var departments = reference.Departments.Select(d => d.Name).ToArray();
        var districts = reference.Districts.Select(d => d.Name).ToArray();
        var leaders = reference.Leaders.Select(l => l.Name).ToArray();

        var text = new StringBuilder();
        text.Append("苏州市吴中区人民政府文件\n\n").Append(options.Code).Append("\n\n附件：\n\n")
            .Append($"苏州市吴中区人民政府{options.Year}年主要工作任务分解方案\n\n")
            .Append("序号\t名称\t工作任务\t主要责任部门\t主要责任板块\t分管区领导\n")
            .Append("一、经济社会发展主要预期目标\t\t\t\t\t\n");
        for (var target = 1; target <= 5; target++)
        {
            text.Append($"{target}\t指标{target}\t指标{target}增长 {random.Next(3, 12)}%以上\t★{Pick(random, departments)}\t——\t{Pick(random, leaders)}\n");
        }
        text.Append("二、工作任务分解\t\t\t\t\t\n");

        var group = 0;
        var perSection = options.TasksPerGroup * options.GroupsPerSection;
        for (var task = 1; task <= options.TaskCount; task++)
        {
            if ((task - 1) % perSection == 0)
            {
                text.Append($"第{(task - 1) / perSection + 1}部分 实施重点工程\t\t\t\t\t\n");
            }
            var label = (task - 1) % options.TasksPerGroup == 0 ? $"{++group}\t第{group}组任务" : "\t";
            text.Append(label).Append($"\t({task}) 推进第{task}项重点工作，完成年度目标 {random.Next(1, 5000)} 个。\t")
                .Append(DepartmentCell(random, departments, options.EveryTaskDepartment)).Append('\t')
                .Append(ListCell(random, districts, random.Next(0, 4), options.EveryTaskDistrict, "——")).Append('\t')
                .Append(ListCell(random, leaders, random.Next(0, 3), null, "", " ")).Append('\n');
        }
        return text.ToString();
    }

    private static string DepartmentCell(Random random, string[] departments, string? always)
    {
        var chosen = Distinct(random, departments, random.Next(1, 7), always);
        var leads = random.Next(1, 3);
        return string.Join("、", chosen.Select((name, i) => (i < leads && name != always ? "★" : "") + name));
    }

    private static string ListCell(Random random, string[] names, int count, string? always, string none, string separator = "、")
    {
        var chosen = Distinct(random, names, count, always);
        return chosen.Count == 0 ? none : string.Join(separator, chosen);
    }

    private static List<string> Distinct(Random random, string[] names, int count, string? always)
    {
        var chosen = names.OrderBy(_ => random.Next()).Take(count).ToList();
        if (always is not null && !chosen.Contains(always))
        {
            chosen.Add(always);
        }
        return chosen;
    }

    private static string Pick(Random random, string[] names) => names[random.Next(names.Length)];
}
