#pragma once
// Bad-input tests check that each failure names what is wrong: these catch the ae::Error a call
// throws and look for message fragments in it.
#include "core/common.h"

#include <QtTest>

#include <initializer_list>
#include <string>

namespace ae::test {

// The message of the Error `f` throws, or "(no error thrown)" so the fragment check fails.
template <typename F>
std::string errorOf(F&& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "(no error thrown)";
}

} // namespace ae::test

#define VERIFY_MESSAGE(call, ...)                                                                  \
    do {                                                                                           \
        const std::string msg = ::ae::test::errorOf([&] { (void)(call); });                        \
        for (const std::string& fragment : std::initializer_list<std::string>{__VA_ARGS__})        \
            QVERIFY2(msg.find(fragment) != std::string::npos,                                      \
                     qPrintable(QString("'%1' not in: %2")                                         \
                                    .arg(QString::fromStdString(fragment), QString::fromStdString(msg)))); \
    } while (0)
