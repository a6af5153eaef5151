package dev.faultline.app.api;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

import dev.faultline.app.scoring.AnalysisFailedException;

/**
 * The one place the API's errors become answers: RFC 7807 problem details
 * ({@code application/problem+json}) with the status, a title, the detail, the request path as
 * {@code instance}, the request id and, for a 400, the {@code parameter} that was wrong.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> badParameter(ApiParameterException e, ServerWebExchange exchange) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage(), e.parameter(), exchange);
    }

    /** A parameter Spring could not bind: missing, or not a number where one is expected. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadableParameter(ServerWebInputException e, ServerWebExchange exchange) {
        String parameter = e instanceof MissingRequestValueException missing ? missing.getName()
                : e.getMethodParameter() == null ? null : e.getMethodParameter().getParameterName();
        String detail = e instanceof MissingRequestValueException ? "'" + parameter + "' is required"
                : "'" + parameter + "' has the wrong type: " + e.getReason();
        return problem(HttpStatus.BAD_REQUEST, detail, parameter, exchange);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(ApiNotFoundException e, ServerWebExchange exchange) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), null, exchange);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> conflict(ApiConflictException e, ServerWebExchange exchange) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), null, exchange);
    }

    /** The analysis failed: it is stored as a failed run, whose id the problem names. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> analysisFailed(AnalysisFailedException e, ServerWebExchange exchange) {
        ResponseEntity<ProblemDetail> answer = problem(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage(), null, exchange);
        answer.getBody().setProperty("run", e.runId());
        return answer;
    }

    /** Anything else (the database down, a bug): logged with the request id, answered without its details. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> failed(RuntimeException e, ServerWebExchange exchange) {
        LOG.error("API request {} {} failed", exchange.getRequest().getId(), exchange.getRequest().getPath(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "The request failed; the server log has the details under request id "
                + exchange.getRequest().getId(), null, exchange);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, String parameter,
            ServerWebExchange exchange) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        problem.setProperty("requestId", exchange.getRequest().getId());
        if (parameter != null) {
            problem.setProperty("parameter", parameter);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
