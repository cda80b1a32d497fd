package se.uppsikt.registry.publicregister;

import se.uppsikt.registry.channel.Channel;

/** A channel with the name of its authority, as the register listings need it. */
public record RegisterEntry(Channel channel, String authorityName) {
}
