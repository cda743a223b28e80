using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Api.GraphQL.Tasks;

public sealed class WorkTasksConnectionType() : ConnectionGraphType<WorkTaskType, WorkTask>("WorkTasks");
