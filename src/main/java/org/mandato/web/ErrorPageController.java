package org.mandato.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every error becomes a page in the site's layout; no stack trace or exception text reaches it.
 * Under {@code /api/} it becomes a problem detail (RFC 9457) instead: a program sending the wrong
 * content type or method gets JSON naming what was wrong, never an HTML page.
 */
@Controller
class ErrorPageController implements ErrorController {

    static final String API_PREFIX = "/api/";

    private final ErrorAttributes errors;
    private final JsonMapper json;

    ErrorPageController(ErrorAttributes errors, JsonMapper json) {
        this.errors = errors;
        this.json = json;
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        response.setStatus(status);
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri && uri.startsWith(API_PREFIX)) {
            writeProblem(request, response, status);
            return null;
        }
        model.addAttribute("page", new ErrorPage(status));
        return "web/error";
    }

    private void writeProblem(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", detail(request, status));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** What the framework said was wrong with the request; nothing of a server error's internals. */
    private String detail(HttpServletRequest request, int status) {
        if (status >= 500) {
            return "the server could not answer this request; the error has been logged";
        }
        Throwable error = errors.getError(new ServletWebRequest(request));
        if (error instanceof ErrorResponse framework && framework.getBody().getDetail() != null) {
            return framework.getBody().getDetail();
        }
        return switch (status) {
            case 404 -> "there is nothing at this address; the endpoints are listed at /api";
            case 405 -> "this address does not take this method";
            case 415 -> "send the body as application/json";
            default -> "the request cannot be answered";
        };
    }
}
