#include <gtest/gtest.h>
TEST(Ui, Placeholder) {}
