package dev.faultline.ingest.connector.okta;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;


import dev.faultline.ingest.connector.ExportInput;

/**
 * The Okta org an export comes from: the host most objects' {@code _links.self.href} name
 * ({@code acme.okta.com}), ignoring documentation placeholders such as {@code {yourOktaDomain}};
 * when none names a real host, the export's own name (directory or file name without extension).
 */
final class OrgHost {

    private OrgHost() {
    }

    static String of(OktaExport export, ExportInput input) {
        Map<String, Integer> hosts = new LinkedHashMap<>();
        for (Endpoint endpoint : Endpoint.values()) {
            for (OktaItem item : export.items(endpoint)) {
                String host = host(ParentLinks.href(item.node(), "self"));
                if (host != null) {
                    hosts.merge(host, 1, Integer::sum);
                }
            }
        }
        return hosts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElseGet(() -> fallback(input));
    }

    private static String host(String href) {
        if (href == null || href.contains("{") || href.contains("}")) {
            return null;
        }
        try {
            String host = URI.create(href.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String fallback(ExportInput input) {
        String name = input.path().getFileName() == null ? "okta" : input.path().getFileName().toString();
        for (String extension : List.of(".zip", ".json")) {
            if (name.toLowerCase(Locale.ROOT).endsWith(extension)) {
                name = name.substring(0, name.length() - extension.length());
            }
        }
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
    }

}
