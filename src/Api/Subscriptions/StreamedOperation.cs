using System.Threading.Channels;
using GraphQL;
using Wuzhong.GraphQLEngine.Http;

namespace Wuzhong.Api.Subscriptions;

/// <summary>
/// One operation started by a streaming transport: refused before it ran, answered once (a query, or errors), or a
/// stream of results (a subscription) read until it completes or is disposed.
/// </summary>
public sealed class StreamedOperation : IAsyncDisposable
{
    private readonly IDisposable? _subscription;
    private readonly IAsyncDisposable? _scope;
    private readonly Action? _release;

    private StreamedOperation(HttpFailure? refusal, ExecutionResult? result, ChannelReader<ExecutionResult>? events,
        IDisposable? subscription, IAsyncDisposable? scope, Action? release)
    {
        Refusal = refusal;
        Result = result;
        Events = events;
        _subscription = subscription;
        _scope = scope;
        _release = release;
    }

    /// <summary>Refused by the checks every transport makes (limits, trusted documents, rate).</summary>
    public HttpFailure? Refusal { get; }

    /// <summary>The single answer of a query, or the errors of an operation that did not start.</summary>
    public ExecutionResult? Result { get; }

    /// <summary>A subscription's results, in order; completed with an exception when the stream failed.</summary>
    public ChannelReader<ExecutionResult>? Events { get; }

    public static StreamedOperation Refused(HttpFailure refusal) => new(refusal, null, null, null, null, null);

    public static StreamedOperation Answered(ExecutionResult result) => new(null, result, null, null, null, null);

    /// <summary>Reads a subscription's results into a channel; never blocks the change feed (a full buffer ends the stream).</summary>
    public static StreamedOperation Streaming(IObservable<ExecutionResult> stream, int buffer, IAsyncDisposable scope, Action release)
    {
        var channel = Channel.CreateBounded<ExecutionResult>(new BoundedChannelOptions(buffer) { SingleReader = true });
        var subscription = stream.Subscribe(new ChannelObserver(channel.Writer));
        return new StreamedOperation(null, null, channel.Reader, subscription, scope, release);
    }

    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        _release?.Invoke();
        if (_scope is not null)
        {
            await _scope.DisposeAsync();
        }
    }

    private sealed class ChannelObserver(ChannelWriter<ExecutionResult> writer) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value)
        {
            if (!writer.TryWrite(value))
            {
                writer.TryComplete(new InvalidOperationException("The subscriber fell behind; subscribe again."));
            }
        }

        public void OnError(Exception error) => writer.TryComplete(error);

        public void OnCompleted() => writer.TryComplete();
    }
}
