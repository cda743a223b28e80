namespace Wuzhong.Domain.Organisation;

/// <summary>A deputy district leader (分管区领导).</summary>
public class Leader
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public List<string> Aliases { get; set; } = [];
}
