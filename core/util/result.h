#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace troupe {

/** A value or the text of what went wrong: the return type of recoverable operations. */
template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value) : m_state(std::move(value)) {}
    static Result failure(QString error) { return Result(Error{std::move(error)}); }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    /** The error text; empty when the result holds a value (so it is safe in messages). */
    QString error() const { return ok() ? QString() : std::get<Error>(m_state).text; }

private:
    struct Error { QString text; };
    explicit Result(Error e) : m_state(std::move(e)) {}
    std::variant<T, Error> m_state;
};

/** Result of an operation that yields nothing but may fail. */
class [[nodiscard]] Status final
{
public:
    Status() = default;
    static Status failure(QString error) { Status s; s.m_error = std::move(error); s.m_failed = true; return s; }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

} // namespace troupe
