using Microsoft.Extensions.DependencyInjection;
namespace Wuzhong.GraphQLEngine.Execution;

/// <summary>
/// Runs database work in a service scope of its own and stops waiting for it at a deadline. Cancelling a command does
/// not make a hung database answer: Npgsql waits for the server to acknowledge the cancellation, and a new connection
/// waits for its handshake (measured with PostgreSQL frozen: 15–60 s after a 10 s cancellation). The caller is
/// answered at the deadline; the work, already cancelled, ends in the background and only then releases its scope,
/// so its pooled DbContext never goes back to the pool while one of its commands is still running.
/// </summary>
public static class Deadline
{
    /// <summary>The finished work's result, or <c>Finished = false</c> when the deadline came first.</summary>
    public static async Task<(bool Finished, T? Result)> RunAsync<T>(IServiceProvider services, TimeSpan deadline, Func<IServiceProvider, Task<T>> work)
    {
        var scope = services.CreateAsyncScope();
        Task<T> task;
        try
        {
            task = work(scope.ServiceProvider);
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
        try
        {
            // WaitAsync drops its timer as soon as the work ends (most requests end in milliseconds).
            var result = await task.WaitAsync(deadline);
            await scope.DisposeAsync();
            return (true, result);
        }
        catch (TimeoutException) when (!task.IsCompleted)
        {
            _ = ReleaseWhenDoneAsync(task, scope);
            return (false, default);
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    private static async Task ReleaseWhenDoneAsync(Task task, AsyncServiceScope scope)
    {
        try
        {
            await task;
        }
        catch
        {
            // Abandoned work: its error was answered as a timeout already.
        }
        finally
        {
            await scope.DisposeAsync();
        }
    }
}
