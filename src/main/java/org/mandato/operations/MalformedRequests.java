package org.mandato.operations;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.mandato.accounts.SecurityHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 400, without a stack trace in the log, two requests that are the client's fault: one whose
 * client address is not an IP address (a forwarded header from a trusted proxy that held something
 * else, which would otherwise become a rate-limit key and an audit entry), and one whose query
 * string or form cannot be decoded ({@code /search?q=%E0%A4%A}), which the container reports when a
 * parameter is first read, wherever that is.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2) // after the character encoding is set, before anything reads a parameter or the address
class MalformedRequests extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedRequests.class);
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    /** Starts like a number and holds a colon, so that Java reads it as an IPv6 literal and never looks it up by name. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[A-Za-z0-9_.-]+)?");
    private static final int LONGEST_ADDRESS = 64;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isIpAddress(request.getRemoteAddr())) {
            log.debug("Refused a request whose client address is not an IP address: {}", abbreviated(request.getRemoteAddr()));
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!undecodable(e)) {
                throw e;
            }
            log.debug("Refused {} {}: its parameters cannot be decoded", request.getMethod(), request.getRequestURI());
            if (!response.isCommitted()) {
                response.resetBuffer();
                refuse(request, response);
            }
        }
    }

    static boolean isIpAddress(String address) {
        if (address == null || address.isEmpty() || address.length() > LONGEST_ADDRESS) {
            return false;
        }
        var ipv4 = IPV4.matcher(address);
        if (ipv4.matches()) {
            for (int part = 1; part <= 4; part++) {
                if (Integer.parseInt(ipv4.group(part)) > 255) {
                    return false;
                }
            }
            return true;
        }
        if (!IPV6.matcher(address).matches()) {
            return false;
        }
        try {
            InetAddress.getByName(address);
            return true;
        } catch (UnknownHostException | SecurityException invalid) {
            return false;
        }
    }

    private static boolean undecodable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidParameterException) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeaders.writeTo(request, response);
        if (request.getRequestURI().startsWith("/api/")) {
            response.setStatus(400);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                    + "\"detail\":\"the request's parameters or its client address cannot be read\"}");
            return;
        }
        response.sendError(400);
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= LONGEST_ADDRESS ? text : text.substring(0, LONGEST_ADDRESS) + "…";
    }
}
