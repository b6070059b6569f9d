#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>

namespace troupe {

/*
 * Reading values out of JSON that came from outside (model replies, server bodies, rows read
 * back from a project) without nlohmann's throwing accessors: `at()` and `value()` throw on a
 * missing key or a non-object, `get<T>()` on the wrong type, and a double too large for an
 * int is undefined behaviour. Each helper here answers "nothing" (nullopt, an empty value or
 * the fallback) instead. Use them wherever a schema has not already guaranteed the shape.
 */

/** The member `key` of `object`, or nullptr when `object` is not an object or lacks it. */
template<class Json>
const Json *jsonMember(const Json &object, const char *key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

/** The text of a string value; empty for anything else. */
template<class Json>
QString jsonString(const Json &value)
{
    return value.is_string() ? QString::fromStdString(value.template get_ref<const std::string &>()) : QString();
}

template<class Json>
QString jsonString(const Json &object, const char *key)
{
    const Json *v = jsonMember(object, key);
    return v ? jsonString(*v) : QString();
}

/** A whole number that fits in 64 bits (an integral float such as 6.0 counts); else nullopt. */
template<class Json>
std::optional<std::int64_t> jsonInteger(const Json &value)
{
    if (value.is_number_unsigned()) {
        const auto u = value.template get<std::uint64_t>();
        if (u > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
            return std::nullopt;
        return std::int64_t(u);
    }
    if (value.is_number_integer())
        return value.template get<std::int64_t>();
    if (value.is_number_float()) {
        const double d = value.template get<double>();
        // 2^63 is exactly representable; anything at or above it does not fit.
        if (!std::isfinite(d) || std::trunc(d) != d || d < -9223372036854775808.0 || d >= 9223372036854775808.0)
            return std::nullopt;
        return std::int64_t(d);
    }
    return std::nullopt;
}

/** A whole number of `object[key]` within [min, max]; `fallback` when absent or unusable. */
template<class Json>
std::int64_t jsonInteger(const Json &object, const char *key, std::int64_t fallback,
                         std::int64_t min = std::numeric_limits<std::int64_t>::min(),
                         std::int64_t max = std::numeric_limits<std::int64_t>::max())
{
    const Json *v = jsonMember(object, key);
    const auto i = v ? jsonInteger(*v) : std::nullopt;
    return i && *i >= min && *i <= max ? *i : fallback;
}

/** An int-sized whole number of `object[key]`; `fallback` when absent or unusable. */
template<class Json>
int jsonInt(const Json &object, const char *key, int fallback)
{
    return int(jsonInteger(object, key, fallback, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

/** A finite number; else nullopt. */
template<class Json>
std::optional<double> jsonNumber(const Json &value)
{
    if (!value.is_number())
        return std::nullopt;
    const double d = value.template get<double>();
    return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

template<class Json>
double jsonNumber(const Json &object, const char *key, double fallback)
{
    const Json *v = jsonMember(object, key);
    const auto d = v ? jsonNumber(*v) : std::nullopt;
    return d ? *d : fallback;
}

template<class Json>
bool jsonBool(const Json &object, const char *key, bool fallback)
{
    const Json *v = jsonMember(object, key);
    return v && v->is_boolean() ? v->template get<bool>() : fallback;
}

/** `object[key]` when it is an array, else an empty array (safe to iterate). */
template<class Json>
const Json &jsonArray(const Json &object, const char *key)
{
    static const Json empty = Json::array();
    const Json *v = jsonMember(object, key);
    return v && v->is_array() ? *v : empty;
}

/** `object[key]` when it is an object, else an empty object. */
template<class Json>
const Json &jsonObject(const Json &object, const char *key)
{
    static const Json empty = Json::object();
    const Json *v = jsonMember(object, key);
    return v && v->is_object() ? *v : empty;
}

} // namespace troupe
