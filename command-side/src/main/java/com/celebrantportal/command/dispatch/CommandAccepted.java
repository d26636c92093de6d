package com.celebrantportal.command.dispatch;

/** The answer to an accepted command: the aggregate and its new version. */
public record CommandAccepted(String id, long version) {
}
