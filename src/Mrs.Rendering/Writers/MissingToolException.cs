namespace Mrs.Rendering.Writers;

/// <summary>
/// A program a writer needs (Chromium for PDF) is not installed or does not start. Its message is one line for the
/// user, in English and Simplified Chinese, and says how to install the program; commands print it and exit 2.
/// </summary>
public sealed class MissingToolException(string message, Exception? inner = null) : Exception(message, inner);
