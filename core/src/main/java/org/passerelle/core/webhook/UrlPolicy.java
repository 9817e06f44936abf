package org.passerelle.core.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where webhooks may be sent. In production only https URLs whose host resolves to public addresses:
 * a subscription must not let a tenant make the server call its own internal network (SSRF). Checked when
 * subscribing and again before each delivery (DNS may change).
 */
@ApplicationScoped
class UrlPolicy {

    private final WebhookConfig config;

    UrlPolicy(WebhookConfig config) {
        this.config = config;
    }

    /** Why {@code url} is refused, or null when it may be called. */
    String refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return "not a URL";
        }
        String scheme = uri.getScheme();
        if (uri.getHost() == null || scheme == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return "not an http(s) URL with a host";
        }
        if (config.allowInsecureUrls()) {
            return null;
        }
        if (!scheme.equals("https")) {
            return "https is required";
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress() || address.isMulticastAddress()
                        || isUniqueLocalIpv6(address)) {
                    return "the host resolves to a private address";
                }
            }
        } catch (UnknownHostException e) {
            return "unknown host";
        }
        return null;
    }

    private static boolean isUniqueLocalIpv6(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    }
}
