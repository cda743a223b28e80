namespace Wuzhong.Domain.Organisation;

/// <summary>A deputy district leader (分管区领导).</summary>
public class Leader
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The issuer whose leader this is: names are unique per issuer, not across them.</summary>
    public int IssuerId { get; set; }

    public Issuer? Issuer { get; set; }
    public List<string> Aliases { get; set; } = [];

    /// <summary>The tasks the leader is in charge of, as links.</summary>
    public List<Plans.TaskLeader> TaskLinks { get; set; } = [];
}
