using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Infrastructure.Reminders;

/// <summary>A unit that has not yet reported for a period, with the tasks it still owes a report on, in the plan's order.</summary>
public sealed record UnitToRemind(Department Department, IReadOnlyList<WorkTask> Tasks);
