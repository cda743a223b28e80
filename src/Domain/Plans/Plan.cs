namespace Wuzhong.Domain.Plans;

/// <summary>A year's task breakdown plan (主要工作任务分解方案), identified by its document code.</summary>
public class Plan
{
    public int Id { get; set; }

    /// <summary>
    /// The document code, e.g. 吴政发〔2023〕2号: the plan's natural key; null for a document published without one
    /// (a web page, a list), which is then known by its issuer, year and title.
    /// </summary>
    public string? Code { get; set; }

    public required string Title { get; set; }
    public int Year { get; set; }
    /// <summary>The issuer's name as the document gives it.</summary>
    public required string Issuer { get; set; }

    /// <summary>The issuer the plan belongs to, with its departments, districts and leaders.</summary>
    public int IssuerId { get; set; }

    public Organisation.Issuer? IssuingBody { get; set; }

    public List<Section> Sections { get; set; } = [];
    public List<Target> Targets { get; set; } = [];
    public List<WorkTask> Tasks { get; set; } = [];
}
